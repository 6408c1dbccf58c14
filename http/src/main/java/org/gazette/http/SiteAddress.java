package org.gazette.http;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The site's public base URL as the HTTP layer needs it on every response (for redirects and for
 * HSTS), read once and forgotten when the site's settings change. Held once for the application,
 * like the document cache, so a change made through any WAR reaches all of them.
 */
public final class SiteAddress {

    private static volatile URI known;

    private SiteAddress() {
    }

    /** The base URL, read from {@code settings} the first time after a change. */
    public static URI of(Supplier<String> settings) {
        URI address = known;
        if (address == null) {
            address = URI.create(settings.get());
            known = address;
        }
        return address;
    }

    /** The settings changed: read the base URL again next time. */
    static void forget() {
        known = null;
    }
}
