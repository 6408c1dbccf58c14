package org.gazette.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The sitemap protocol's two documents: a urlset of pages, and the index that lists the urlsets. */
final class SitemapXml {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapXml() {
    }

    /** An address with when its content last changed, if known. */
    record Location(String url, Instant lastChange) {
    }

    static String urlset(List<Location> pages) {
        return document("urlset", "url", pages);
    }

    static String index(List<Location> sitemaps) {
        return document("sitemapindex", "sitemap", sitemaps);
    }

    private static String document(String root, String entry, List<Location> locations) {
        StringBuilder xml = new StringBuilder(128 + locations.size() * 120).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append('<').append(root).append(" xmlns=\"").append(NAMESPACE).append("\">\n");
        for (Location location : locations) {
            xml.append("  <").append(entry).append("><loc>").append(escape(location.url())).append("</loc>");
            if (location.lastChange() != null) {
                xml.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(location.lastChange().truncatedTo(ChronoUnit.SECONDS)))
                        .append("</lastmod>");
            }
            xml.append("</").append(entry).append(">\n");
        }
        return xml.append("</").append(root).append(">\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
