package org.gazette.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gazette.application.AuthorProfiles;
import org.gazette.domain.article.Article;
import org.gazette.domain.site.Site;

/**
 * The sitemap protocol's urlset: the home page, the archive, every public article, and the listing of every tag
 * and author that has public articles, each with when its content last changed.
 */
final class Sitemap {

    private Sitemap() {
    }

    static String render(Site site, List<Article> articles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        Instant newest = articles.stream().map(Article::updatedAt).max(Comparable::compareTo).orElse(null);
        url(xml, site.baseUrl() + "/", newest);
        url(xml, site.absolute("/archive"), newest);
        articles.forEach(article -> url(xml, site.absolute("/" + article.slug().value()), article.updatedAt()));
        Map<String, Instant> listings = new TreeMap<>();
        for (Article article : articles) {
            article.tags().forEach(tag -> listings.merge("/tags/" + tag.slug().value(), article.updatedAt(), Sitemap::later));
            listings.merge(AuthorProfiles.pagePath(article.author().slug()), article.updatedAt(), Sitemap::later);
        }
        listings.forEach((path, lastChange) -> url(xml, site.absolute(path), lastChange));
        return xml.append("</urlset>\n").toString();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
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
