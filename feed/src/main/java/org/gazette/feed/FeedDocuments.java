package org.gazette.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;

import org.gazette.application.AuthorProfiles;
import org.gazette.application.Reading;
import org.gazette.application.SiteSettings;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.domain.article.Slug;
import org.gazette.domain.site.Site;
import org.gazette.domain.tag.Tag;
import org.gazette.http.Dependencies;
import org.gazette.http.Dependencies.Stretch;
import org.gazette.http.DocumentCache;
import org.gazette.http.DocumentKind;
import org.gazette.http.RenderedDocument;

/**
 * Every document under {@code /feed} by its path: the site's RSS, Atom and JSON feeds, the feeds of a
 * tag or an author, and the sitemap index with its parts. Each is rendered once and kept until a
 * change alters what it shows; paths that name nothing are answered without keeping anything.
 */
@ApplicationScoped
public class FeedDocuments {

    static final String RSS = "application/rss+xml; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final String JSON_FEED = "application/feed+json; charset=UTF-8";
    static final String XML = "application/xml; charset=UTF-8";
    private static final Pattern TAG_FEED = Pattern.compile("/tags/([^/]+)/rss\\.xml");
    private static final Pattern AUTHOR_FEED = Pattern.compile("/authors/([^/]+)/rss\\.xml");
    private static final Pattern SITEMAP_PART = Pattern.compile(Sitemaps.PARTS + "articles-([1-9]\\d{0,5})\\.xml");

    @Inject
    Reading reading;

    @Inject
    SiteSettings siteSettings;

    @Inject
    DocumentCache cache;

    @Inject
    Sitemaps sitemaps;

    /** The document at this path of the feed WAR, or nothing when there is none (an unknown tag, say). */
    public DocumentCache.Served at(String path) throws IOException, ServletException {
        Matcher tag = TAG_FEED.matcher(path);
        Matcher author = AUTHOR_FEED.matcher(path);
        Matcher part = SITEMAP_PART.matcher(path);
        return switch (path) {
            case "/rss.xml" -> feed(path, () -> siteFeed(path), Syndication::rss, RSS);
            case "/atom.xml" -> feed(path, () -> siteFeed(path), Syndication::atom, ATOM);
            case "/feed.json" -> feed(path, () -> siteFeed(path), JsonFeed::render, JSON_FEED);
            case "/sitemap.xml" -> sitemap(path, sitemaps::index);
            case Sitemaps.PARTS + Sitemaps.PAGES -> sitemap(path, sitemaps::pages);
            default -> tag.matches() ? feed(path, () -> tagFeed(tag.group(1)), Syndication::rss, RSS)
                    : author.matches() ? feed(path, () -> authorFeed(author.group(1)), Syndication::rss, RSS)
                    : part.matches() ? sitemap(path, () -> sitemaps.articles(Integer.parseInt(part.group(1))))
                    : new DocumentCache.Served(Optional.empty(), false);
        };
    }

    private DocumentCache.Served feed(String path, Supplier<Optional<PublicFeed>> feed, Function<PublicFeed, String> format, String type)
            throws IOException, ServletException {
        return cache.serve(DocumentKind.FEED, "/feed" + path, () -> feed.get().map(content -> new DocumentCache.Cacheable(
                RenderedDocument.of(format.apply(content), type, content.lastChange()), content.dependencies())));
    }

    private DocumentCache.Served sitemap(String path, Supplier<Optional<Sitemaps.Rendered>> sitemap) throws IOException, ServletException {
        return cache.serve(DocumentKind.SITEMAP, "/feed" + path, () -> sitemap.get().map(rendered -> new DocumentCache.Cacheable(
                RenderedDocument.of(rendered.xml(), XML, rendered.lastChange()), rendered.dependencies())));
    }

    private Optional<PublicFeed> siteFeed(String path) {
        Site site = siteSettings.current();
        return Optional.of(feed(site, site.title(), "/feed" + path, PublicListing.EVERYTHING));
    }

    private Optional<PublicFeed> tagFeed(String slug) {
        return slug(slug).map(tag -> {
            Site site = siteSettings.current();
            return feed(site, site.title(), "/feed/tags/" + slug + "/rss.xml", PublicListing.tagged(tag));
        }).filter(feed -> !feed.articles().isEmpty()).map(feed -> feed.titled(feed.site().title() + " · " + feed.articles().get(0).tags().stream()
                .filter(tag -> tag.slug().value().equals(slug)).map(Tag::name).findFirst().orElse(slug)));
    }

    private Optional<PublicFeed> authorFeed(String slug) {
        return slug(slug).map(author -> {
            Site site = siteSettings.current();
            return feed(site, site.title(), AuthorProfiles.feedPath(author), PublicListing.by(author));
        }).filter(feed -> !feed.articles().isEmpty())
                .map(feed -> feed.titled(feed.site().title() + " · " + feed.articles().get(0).author().name()));
    }

    /** A feed of a listing's newest articles; it depends on the stretch of the listing down to its oldest article. */
    private PublicFeed feed(Site site, String title, String selfPath, PublicListing listing) {
        List<Article> articles = reading.newestWhole(listing, site.feedLength());
        Optional<Instant> oldest = articles.size() < site.feedLength() ? Optional.empty()
                : articles.get(articles.size() - 1).publishedAt();
        return new PublicFeed(site, title, selfPath, articles, Dependencies.of(Stretch.showing(listing, PublicationSpan.downTo(oldest))));
    }

    private static Optional<Slug> slug(String text) {
        try {
            return Optional.of(new Slug(text));
        } catch (RuleViolation notASlug) {
            return Optional.empty();
        }
    }
}
