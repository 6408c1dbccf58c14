package org.gazette.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for addresses an editor or a feed gives: a page elsewhere is an absolute http or https
 * URL with a host; an image may also be a path on this site. Nothing else gets stored, so a feed or
 * a page never meets an address it cannot write ({@code javascript:}, a space, a bare host).
 */
public final class WebAddress {

    public static final int MAX_LENGTH = 2000;
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private WebAddress() {
    }

    /** An absolute http(s) address, such as an author's page elsewhere; {@code what} names the field in the error. */
    public static String absolute(String address, String what) {
        String candidate = address == null ? "" : address.strip();
        if (!isAbsolute(candidate)) {
            throw refused(candidate, what, "starts with https:// or http://");
        }
        return candidate;
    }

    /** Whether the address, as it is, is an absolute http(s) address with a host, without spaces and not too long. */
    public static boolean isAbsolute(String address) {
        return parsed(address == null ? "" : address).filter(uri -> uri.getScheme() != null
                && WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null).isPresent();
    }

    /** An address a browser may load an image from: absolute http(s), or a path on this site such as {@code /media/...}. */
    public static String loadable(String address, String what) {
        String candidate = address == null ? "" : address.strip();
        boolean sitePath = candidate.startsWith("/") && !candidate.startsWith("//") && parsed(candidate).filter(uri -> uri.getScheme() == null
                && uri.getRawAuthority() == null).isPresent();
        return sitePath ? candidate : absoluteOr(candidate, what);
    }

    private static String absoluteOr(String candidate, String what) {
        try {
            return absolute(candidate, what);
        } catch (RuleViolation notAbsolute) {
            throw refused(candidate, what, "starts with https://, http:// or / for an address on this site");
        }
    }

    private static Optional<URI> parsed(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH || candidate.chars().anyMatch(c -> c <= ' ')) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(candidate));
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    private static RuleViolation refused(String candidate, String what, String rule) {
        return new RuleViolation("The " + what + " '" + candidate + "' is not a web address: it " + rule + ", has no spaces and at most "
                + MAX_LENGTH + " characters.");
    }
}
