package org.gazette.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gazette.domain.article.Article;
import org.gazette.domain.site.Site;

/** The sitemap protocol's urlset: the home page and every public article, each with when it last changed. */
final class Sitemap {

    private Sitemap() {
    }

    static String render(Site site, List<Article> articles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, site.baseUrl() + "/", articles.stream().map(Article::updatedAt).max(Comparable::compareTo).orElse(null));
        articles.forEach(article -> url(xml, site.absolute("/" + article.slug().value()), article.updatedAt()));
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String location, Instant lastChange) {
        xml.append("  <url><loc>").append(escape(location)).append("</loc>");
        if (lastChange != null) {
            xml.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(lastChange.truncatedTo(ChronoUnit.SECONDS))).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
