package org.gazette.domain.redirect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an imported item lived on the site it came from, as a path on this one: once the old
 * domain points here, its links (a WordPress date path with its trailing slash, a Ghost slug with
 * its slash, an {@code .html} page, a {@code ?p=123} short link) arrive with that path, and are sent
 * on to the article.
 */
public final class OldAddress {

    private static final int LONGEST_PATH = 1000;

    private OldAddress() {
    }

    /**
     * The path and query of an http(s) address on the old site, whose own address is {@code site}
     * (any site, when that is no address); none for the site's front page, other sites' addresses
     * and what is no address.
     */
    public static Optional<String> of(String address, String site) {
        Optional<URI> item = uri(address);
        if (item.isEmpty() || item.get().getRawPath() == null || !isWeb(item.get())) {
            return Optional.empty();
        }
        Optional<URI> home = uri(site).filter(OldAddress::isWeb);
        if (home.isPresent() && !host(home.get()).equals(host(item.get()))) {
            return Optional.empty();
        }
        String path = item.get().getRawPath().isEmpty() ? "/" : item.get().getRawPath();
        String query = item.get().getRawQuery();
        String old = query == null ? path : path + "?" + query;
        return "/".equals(old) || old.length() > LONGEST_PATH || old.startsWith("//") ? Optional.empty() : Optional.of(old);
    }

    /** Whether an old path needs a redirect to reach {@code newPath}: it is neither that path nor that path with a slash. */
    public static boolean leadsElsewhere(String oldPath, String newPath) {
        return !oldPath.equals(newPath) && !oldPath.equals(newPath + "/");
    }

    private static Optional<URI> uri(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(address.strip()));
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    private static boolean isWeb(URI uri) {
        return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
}
