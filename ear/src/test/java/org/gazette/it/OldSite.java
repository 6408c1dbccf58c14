package org.gazette.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.gazette.domain.media.TestImages;

/**
 * The site a blog moves away from, serving its images from this machine, as the image-copying
 * import fetches them; it counts what it is asked for.
 */
final class OldSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    OldSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            asked.computeIfAbsent(path, any -> new AtomicInteger()).incrementAndGet();
            byte[] body = path.endsWith(".png") && !path.contains("missing") ? TestImages.drawn(64, 48, "png")
                    : path.endsWith(".txt") ? "Notes, not an image.".getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String at(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int timesAsked(String path) {
        return asked.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
