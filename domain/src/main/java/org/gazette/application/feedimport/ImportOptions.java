package org.gazette.application.feedimport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.gazette.domain.RuleViolation;

/**
 * How an import is to be done: whether it copies the old site's images into the media library, and
 * the old site's address, for exports that do not carry it (Ghost's writes its own images as
 * {@code __GHOST_URL__/content/images/...} and its posts without their addresses).
 */
public record ImportOptions(boolean copyImages, String oldSite) {

    public static final ImportOptions NONE = new ImportOptions(false, null);
    static final int MAX_ADDRESS_LENGTH = 500;

    /** @throws RuleViolation when the old site's address is no http(s) address of a site */
    public ImportOptions {
        oldSite = oldSite == null || oldSite.isBlank() ? null : siteAddress(oldSite.strip());
    }

    private static String siteAddress(String given) {
        try {
            URI uri = new URI(given);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null && given.length() <= MAX_ADDRESS_LENGTH) {
                return given.replaceAll("/+$", "");
            }
        } catch (URISyntaxException notAnAddress) {
            // Said below, as for any other address that is no site's.
        }
        throw new RuleViolation("The old site's address must be the http:// or https:// address of its home page, such as"
                + " https://old-blog.example; '" + (given.length() > 80 ? given.substring(0, 80) + "…" : given) + "' is not.");
    }
}
