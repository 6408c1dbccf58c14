package org.gazette.http.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gazette.domain.RuleViolation;

/** Fetching from another site against a real local HTTP server: what is refused, and how it is said. */
class GuardedFetchTest {

    private static final byte[] IMAGE = "pretend these are an image's bytes".getBytes(StandardCharsets.US_ASCII);
    private static final int LIMIT = 1024 * 1024;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/image.png", exchange -> answer(exchange, 200, IMAGE, true));
        server.createContext("/missing.png", exchange -> answer(exchange, 404, new byte[0], true));
        server.createContext("/moved.png", exchange -> redirect(exchange, "/image.png"));
        server.createContext("/to-ftp.png", exchange -> redirect(exchange, "ftp://files.example/image.png"));
        server.createContext("/loop.png", exchange -> redirect(exchange, "/loop.png"));
        server.createContext("/declared-huge.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Length", String.valueOf(LIMIT + 1L));
            answer(exchange, 200, new byte[0], false);
        });
        server.createContext("/endless.png", exchange -> answer(exchange, 200, new byte[LIMIT + 1], false));
        server.createContext("/stalled.png", exchange -> {
            requests.incrementAndGet();
            try {
                released.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, byte[] body, boolean withLength) throws IOException {
        requests.incrementAndGet();
        exchange.sendResponseHeaders(status, withLength ? (body.length == 0 ? -1 : body.length) : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        answer(exchange, 302, new byte[0], true);
    }

    private String at(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String refusal(GuardedFetch fetch, String address) {
        return assertThrows(RuleViolation.class, () -> fetch.fetch(address, LIMIT)).getMessage();
    }

    private static final GuardedFetch ALLOWING_LOCAL = new GuardedFetch(true, Duration.ofSeconds(5));

    @Test
    void aLoopbackAddressIsRefusedWithoutBeingAskedUnlessTheOperatorAllowsIt() {
        String refused = refusal(new GuardedFetch(false, Duration.ofSeconds(5)), at("/image.png"));

        assertTrue(refused.contains("127.0.0.1") && refused.contains("private or local network"), refused);
        assertEquals(0, requests.get(), "nothing was asked of the local server");
        assertArrayEquals(IMAGE, ALLOWING_LOCAL.fetch(at("/image.png"), LIMIT));
    }

    @Test
    void addressesOfTheServersOwnNetworksCountAsPrivateAndPublicOnesDoNot() throws IOException {
        for (String own : List.of("10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "127.0.0.2", "0.0.0.0", "100.64.0.1", "::1",
                "fd00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1")) {
            assertTrue(GuardedFetch.isOwnNetwork(InetAddress.getByName(own)), own);
        }
        for (String outside : List.of("93.184.215.14", "100.128.0.1", "2606:2800:21f:cb07::1")) {
            assertFalse(GuardedFetch.isOwnNetwork(InetAddress.getByName(outside)), outside);
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetchedAlsoWhereARedirectLeads() {
        assertTrue(refusal(ALLOWING_LOCAL, "file:///etc/passwd").contains("no http or https address"));
        assertTrue(refusal(ALLOWING_LOCAL, at("/to-ftp.png")).contains("'ftp://files.example/image.png' is no http or https address"));
        assertArrayEquals(IMAGE, ALLOWING_LOCAL.fetch(at("/moved.png"), LIMIT), "a redirect to an allowed address is followed");
        assertEquals("It redirects more than " + GuardedFetch.MOST_REDIRECTS + " times.", refusal(ALLOWING_LOCAL, at("/loop.png")));
    }

    @Test
    void anAnswerOtherThan200IsNamed() {
        assertEquals("The old site answered 404 for it.", refusal(ALLOWING_LOCAL, at("/missing.png")));
    }

    @Test
    void moreBytesThanTheLimitAreRefusedWhetherDeclaredOrSent() {
        assertTrue(refusal(ALLOWING_LOCAL, at("/declared-huge.png")).contains("larger than the upload limit of 1 MB"));
        assertTrue(refusal(ALLOWING_LOCAL, at("/endless.png")).contains("larger than the upload limit of 1 MB"));
    }

    @Test
    void aHostThatSendsNothingIsGivenUpOnAtTheTimeout() {
        String refused = refusal(new GuardedFetch(true, Duration.ofSeconds(1)), at("/stalled.png"));

        assertEquals("The old site did not send it within 1 seconds.", refused);
        assertEquals(1, requests.get());
    }
}
