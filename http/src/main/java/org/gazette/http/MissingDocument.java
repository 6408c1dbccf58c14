package org.gazette.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

/** The answer for an address with nothing behind it: a permanent redirect where it moved, 404 otherwise. */
public final class MissingDocument {

    private MissingDocument() {
    }

    public static void answer(HttpServletResponse response, Optional<String> movedTo) throws IOException {
        if (movedTo.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", ascii(movedTo.get()));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Header values are Latin-1; a slug may hold any letter, so the path goes percent-encoded. */
    private static String ascii(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException notAPath) {
            throw new IllegalArgumentException("Not a site path: " + path, notAPath);
        }
    }
}
