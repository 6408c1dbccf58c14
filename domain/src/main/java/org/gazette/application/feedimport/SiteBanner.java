package org.gazette.application.feedimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "read on the site" notice some blogs put at the top of every feed body. It belongs to the
 * feed, not to the article: stored, it would be doubled each time the article goes round a feed.
 */
final class SiteBanner {

    private static final Pattern LEADING_DIV = Pattern.compile("^\\s*<div\\b[^>]*>(.*?)</div>\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern READ_ON_THE_SITE = Pattern.compile("read\\s+on\\s+the\\s+site", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']\\s*([^\"']+?)\\s*[\"']", Pattern.CASE_INSENSITIVE);

    private SiteBanner() {
    }

    /** The body without a leading banner that links to the item itself; any other body unchanged. */
    static String strip(String html, String itemLink) {
        return find(html, itemLink).map(end -> html.substring(end)).orElse(html == null ? "" : html);
    }

    static boolean isPresent(String html, String itemLink) {
        return find(html, itemLink).isPresent();
    }

    /** Where the banner ends, when the body starts with one. */
    private static Optional<Integer> find(String html, String itemLink) {
        if (html == null) {
            return Optional.empty();
        }
        Matcher banner = LEADING_DIV.matcher(html);
        if (banner.find() && READ_ON_THE_SITE.matcher(banner.group(1)).find() && linksTo(banner.group(1), itemLink)) {
            return Optional.of(banner.end());
        }
        return Optional.empty();
    }

    private static boolean linksTo(String html, String itemLink) {
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            if (itemLink != null && normalized(href.group(1)).equals(normalized(itemLink))) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
