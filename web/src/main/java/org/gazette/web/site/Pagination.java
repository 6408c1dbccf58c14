package org.gazette.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.gazette.application.PageOfListing;
import org.gazette.domain.article.Slug;

/**
 * The links from one page of a listing to the pages beside it: {@code ?before={slug}} continues the
 * listing after that article, so every page is one index lookup away whatever its depth.
 */
public record Pagination(String newer, String older) {

    /** The query parameter that names the article a page continues after. */
    static final String BEFORE = "before";

    static Pagination of(String path, PageOfListing page) {
        String newer = page.hasNewer() ? page.newerAfter().map(slug -> link(path, slug)).orElse(path) : null;
        return new Pagination(newer, page.olderAfter().map(slug -> link(path, slug)).orElse(null));
    }

    private static String link(String path, Slug slug) {
        return path + "?" + BEFORE + "=" + URLEncoder.encode(slug.value(), StandardCharsets.UTF_8);
    }

    /** Whether there is anywhere to go: without, the page shows no navigation at all. */
    public boolean isNeeded() {
        return newer != null || older != null;
    }
}
