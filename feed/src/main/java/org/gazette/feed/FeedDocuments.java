package org.gazette.feed;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.AuthorProfiles;
import org.gazette.application.Reading;
import org.gazette.application.SiteSettings;
import org.gazette.domain.article.Article;
import org.gazette.domain.site.Site;
import org.gazette.domain.tag.Tag;
import org.gazette.http.DocumentCache;
import org.gazette.http.RenderedDocument;

/**
 * Every document under {@code /feed} by its path: the site's RSS, Atom and JSON feeds, the feeds of a
 * tag or an author, and the sitemap. Each is rendered once per change of the public content.
 */
@ApplicationScoped
public class FeedDocuments {

    static final String RSS = "application/rss+xml; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final String JSON_FEED = "application/feed+json; charset=UTF-8";
    static final String XML = "application/xml; charset=UTF-8";
    static final int SITEMAP_LIMIT = 50_000;
    private static final Pattern TAG_FEED = Pattern.compile("/tags/([^/]+)/rss\\.xml");
    private static final Pattern AUTHOR_FEED = Pattern.compile("/authors/([^/]+)/rss\\.xml");

    @Inject
    Reading reading;

    @Inject
    SiteSettings siteSettings;

    @Inject
    DocumentCache cache;

    /** The document at this path of the feed WAR, or nothing when there is none (an unknown tag, say). */
    public Optional<RenderedDocument> at(String path) {
        Matcher tag = TAG_FEED.matcher(path);
        Matcher author = AUTHOR_FEED.matcher(path);
        return switch (path) {
            case "/rss.xml" -> document(path, () -> siteFeed(path), Syndication::rss, RSS);
            case "/atom.xml" -> document(path, () -> siteFeed(path), Syndication::atom, ATOM);
            case "/feed.json" -> document(path, () -> siteFeed(path), JsonFeed::render, JSON_FEED);
            case "/sitemap.xml" -> document(path, () -> {
                Site site = siteSettings.current();
                return Optional.of(new PublicFeed(site, site.title(), "/feed" + path, reading.newest(1, SITEMAP_LIMIT)));
            }, feed -> Sitemap.render(feed.site(), feed.articles()), XML);
            default -> tag.matches() ? document(path, () -> tagFeed(tag.group(1)), Syndication::rss, RSS)
                    : author.matches() ? document(path, () -> authorFeed(author.group(1)), Syndication::rss, RSS)
                    : Optional.empty();
        };
    }

    private Optional<RenderedDocument> document(String path, Supplier<Optional<PublicFeed>> feed,
            Function<PublicFeed, String> format, String type) {
        return cache.get(path, () -> feed.get().map(content -> RenderedDocument.of(format.apply(content), type, content.lastChange())));
    }

    private Optional<PublicFeed> siteFeed(String path) {
        Site site = siteSettings.current();
        return Optional.of(new PublicFeed(site, site.title(), "/feed" + path, reading.newest(1, site.feedLength())));
    }

    private Optional<PublicFeed> tagFeed(String slug) {
        Site site = siteSettings.current();
        List<Article> articles = reading.newestTagged(slug, site.feedLength());
        return articles.stream().findFirst().map(newest -> new PublicFeed(site,
                site.title() + " · " + newest.tags().stream().filter(tag -> tag.slug().value().equals(slug)).map(Tag::name)
                        .findFirst().orElse(slug),
                "/feed/tags/" + slug + "/rss.xml", articles));
    }

    private Optional<PublicFeed> authorFeed(String slug) {
        Site site = siteSettings.current();
        List<Article> articles = reading.newestBy(slug, site.feedLength());
        return articles.stream().findFirst().map(newest -> new PublicFeed(site, site.title() + " · " + newest.author().name(),
                AuthorProfiles.feedPath(newest.author().slug()), articles));
    }
}
