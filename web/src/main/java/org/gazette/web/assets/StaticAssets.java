package org.gazette.web.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

import org.gazette.http.RenderedDocument;

/**
 * The static files pages link to, each read once at startup and published as
 * {@code /assets/{name}.{hash}.{extension}}. The code highlighter is highlight.js from its WebJar,
 * bundled with the line that starts it, so a page with code loads one deferred script.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

    static final String PATH = "/assets/";
    private static final String OWN = "/WEB-INF/assets/";
    private static final String HIGHLIGHT_JS = "/webjars/highlightjs/";

    @Inject
    ServletContext servletContext;

    private final Map<String, String> addresses = new HashMap<>();
    private final Map<String, RenderedDocument> documents = new HashMap<>();

    @PostConstruct
    void read() {
        Instant built = Instant.now();
        publish("site.css", "text/css; charset=UTF-8", List.of(OWN + "site.css"), built);
        publish("favicon.svg", "image/svg+xml", List.of(OWN + "favicon.svg"), built);
        publish("code.js", "text/javascript; charset=UTF-8", List.of(highlightJs(), OWN + "highlight-code.js"), built);
    }

    /** The address of a file by its plain name, such as {@code site.css}. */
    public String url(String name) {
        String address = addresses.get(name);
        if (address == null) {
            throw new IllegalArgumentException("There is no static asset named '" + name + "'.");
        }
        return address;
    }

    Optional<RenderedDocument> at(String address) {
        return Optional.ofNullable(documents.get(address));
    }

    private void publish(String name, String contentType, List<String> sources, Instant built) {
        StringBuilder text = new StringBuilder();
        sources.forEach(source -> text.append(read(source)).append('\n'));
        RenderedDocument document = RenderedDocument.of(text.toString(), contentType, built);
        int dot = name.lastIndexOf('.');
        String address = PATH + name.substring(0, dot) + "." + document.etag().substring(0, 12) + name.substring(dot);
        addresses.put(name, address);
        documents.put(address, document);
    }

    /** The minified highlight.js of whichever WebJar version the build brought, so the version is named once, in the POM. */
    private String highlightJs() {
        Set<String> versions = servletContext.getResourcePaths(HIGHLIGHT_JS);
        if (versions == null || versions.size() != 1) {
            throw new IllegalStateException("Expected one highlight.js WebJar under " + HIGHLIGHT_JS + ", found " + versions + ".");
        }
        return versions.iterator().next() + "highlight.min.js";
    }

    private String read(String resource) {
        try (InputStream in = servletContext.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The static asset " + resource + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
