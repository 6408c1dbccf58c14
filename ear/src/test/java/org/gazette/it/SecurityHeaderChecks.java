package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** What every answer of Gazette's must carry, and what it must not tell. */
final class SecurityHeaderChecks {

    private SecurityHeaderChecks() {
    }

    /** The headers every public page, feed and media file carries. */
    static void assertPublicHeaders(HttpResponse<?> response) {
        assertCommonHeaders(response);
        assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"));
    }

    /** The headers of every admin screen: the public ones, and neither framing nor caching. */
    static void assertAdminHeaders(HttpResponse<?> response) {
        assertCommonHeaders(response);
        assertTrue(header(response, "Content-Security-Policy").contains("frame-ancestors 'none'"), header(response, "Content-Security-Policy"));
        assertEquals("no-store", header(response, "Cache-Control"));
    }

    private static void assertCommonHeaders(HttpResponse<?> response) {
        String where = response.uri().toString();
        String policy = header(response, "Content-Security-Policy");
        assertTrue(policy.contains("default-src 'none'"), where + ": " + policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), where + ": " + policy);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), where);
        assertTrue(header(response, "Permissions-Policy").contains("camera=()"), where);
        assertFalse(response.headers().firstValue("X-Powered-By").isPresent(), where + " names its server: " + response.headers().map());
        assertFalse(response.headers().firstValue("Server").isPresent(), where + " names its server: " + response.headers().map());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError(response.uri() + " has no " + name + ": "
                + response.headers().map()));
    }
}
