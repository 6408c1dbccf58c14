package org.gazette.application.feedimport;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;

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
        if (WebAddress.isAbsolute(given) && given.length() <= MAX_ADDRESS_LENGTH && !given.contains("?") && !given.contains("#")) {
            return given.replaceAll("/+$", "");
        }
        throw new RuleViolation("The old site's address must be the http:// or https:// address of its home page, such as"
                + " https://old-blog.example; '" + (given.length() > 80 ? given.substring(0, 80) + "…" : given) + "' is not.");
    }
}
