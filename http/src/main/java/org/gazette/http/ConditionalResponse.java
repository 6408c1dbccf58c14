package org.gazette.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP for a cached document: 304 when the client's copy is current (by ETag, or else by date), the
 * pre-compressed bytes for clients that accept gzip, and caching headers for browsers and proxies.
 */
public final class ConditionalResponse {

    /**
     * Browsers ask again each time (a 304 when nothing changed); a shared cache in front (the nginx
     * micro-cache) may answer for a second without asking, so a publish shows within about a second.
     */
    static final String CACHE_CONTROL = "public, max-age=0, s-maxage=1";
    /** For files whose address changes with their content: they never need asking again. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private ConditionalResponse() {
    }

    /** Says whether the cache had the document ({@code hit}) or rendered it for this request ({@code miss}). */
    public static final String CACHE_STATUS = "X-Gazette-Cache";

    /** A document the cache served, saying whether it came from memory. */
    public static void write(DocumentCache.Served served, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(CACHE_STATUS, served.rendered() ? "miss" : "hit");
        write(served.document().orElseThrow(), request, response, CACHE_CONTROL);
    }

    public static void write(RenderedDocument document, HttpServletRequest request, HttpServletResponse response, String cacheControl)
            throws IOException {
        boolean gzip = Optional.ofNullable(request.getHeader("Accept-Encoding")).orElse("").contains("gzip");
        String etag = "\"" + document.etag() + (gzip ? "-gzip" : "") + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", document.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Encoding");
        if (clientHasCurrentCopy(request, etag, document)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? document.gzip() : document.identity();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentType(document.contentType());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean clientHasCurrentCopy(HttpServletRequest request, String etag, RenderedDocument document) {
        if (request.getHeader("If-None-Match") != null) {
            return matchesETag(request, etag);
        }
        long ifModifiedSince = dateHeader(request, "If-Modified-Since");
        return ifModifiedSince >= 0 && document.lastModified().toEpochMilli() <= ifModifiedSince;
    }

    /** A date header, or -1 when it is missing or no date at all: a garbled validator is as good as none (RFC 9110). */
    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException notADate) {
            return -1;
        }
    }

    /** Whether the client's {@code If-None-Match} names this entity tag (weakly or strongly) or any. */
    public static boolean matchesETag(HttpServletRequest request, String etag) {
        return Arrays.stream(Optional.ofNullable(request.getHeader("If-None-Match")).orElse("").split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }
}
