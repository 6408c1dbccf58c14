package org.gazette.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.gazette.domain.article.Article;
import org.gazette.domain.site.Site;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.text.AbsoluteLinks;

/** Renders a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeed {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {
    }

    static String render(PublicFeed feed) {
        Site site = feed.site();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("version", VERSION)
                .add("title", feed.title())
                .add("home_page_url", site.baseUrl() + "/")
                .add("feed_url", feed.self())
                .add("description", site.description())
                .add("language", site.language());
        if (site.iconUrl() != null) {
            json.add("icon", AbsoluteLinks.url(site.iconUrl(), site.baseUrl()));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        feed.articles().forEach(article -> items.add(item(site, article)));
        return json.add("items", items).build().toString();
    }

    private static JsonObjectBuilder item(Site site, Article article) {
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("id", article.guid().value())
                .add("url", site.absolute("/" + article.slug().value()))
                .add("title", article.title())
                .add("summary", article.summary())
                .add("content_html", AbsoluteLinks.resolve(article.bodyHtml(), site.baseUrl()))
                .add("date_modified", timestamp(article.updatedAt()))
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", article.author().name())));
        article.publishedAt().ifPresent(published -> item.add("date_published", timestamp(published)));
        article.cover().ifPresent(cover -> item.add("image", AbsoluteLinks.url(cover.url(), site.baseUrl())));
        JsonArrayBuilder tags = Json.createArrayBuilder();
        article.tags().stream().map(Tag::name).forEach(tags::add);
        return item.add("tags", tags);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
