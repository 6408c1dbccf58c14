package org.gazette.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.ArchiveMonth;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleAddress;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicPosition;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.domain.article.Slug;
import org.gazette.domain.redirect.Redirect;
import org.gazette.domain.redirect.RedirectRepository;

/**
 * What anonymous readers may see: public articles only, whatever else the database holds. Lists are
 * read as teasers a page at a time, each page continuing after the last article of the one before.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reading {

    /** Where private previews live: {@code /preview/{secret}}. */
    public static final String PREVIEW_PATH = "/preview/";

    private ArticleRepository articles;
    private RedirectRepository redirects;

    protected Reading() {
    }

    @Inject
    public Reading(ArticleRepository articles, RedirectRepository redirects) {
        this.articles = articles;
        this.redirects = redirects;
    }

    /**
     * A page of {@code size} articles of a listing: its first page, or the one continuing after the
     * article at {@code afterSlug}. Empty when that slug names no public article.
     */
    public Optional<PageOfListing> page(PublicListing listing, String afterSlug, int size) {
        Optional<PublicPosition> after = Optional.empty();
        if (afterSlug != null) {
            after = slug(afterSlug).flatMap(articles::publicPosition);
            if (after.isEmpty()) {
                return Optional.empty();
            }
        }
        List<ArticleTeaser> found = articles.olderThan(listing, after, size + 1);
        List<ArticleTeaser> shown = found.subList(0, Math.min(size, found.size()));
        Optional<Slug> olderAfter = found.size() > size ? Optional.of(shown.get(size - 1).slug()) : Optional.empty();
        Optional<Instant> oldest = found.size() > size ? Optional.of(found.get(size).publishedAt()) : Optional.empty();
        if (after.isEmpty()) {
            return Optional.of(new PageOfListing(shown, olderAfter, false, Optional.empty(), PublicationSpan.downTo(oldest)));
        }
        // The newer page ends just before this one begins: the size + 1 articles above tell where it starts.
        List<ArticleTeaser> above = articles.newerThan(listing, after.get(), size + 1);
        Optional<Slug> newerAfter = above.size() > size ? Optional.of(above.get(size).slug()) : Optional.empty();
        Optional<Instant> newest = above.size() > size ? Optional.of(above.get(size).publishedAt()) : Optional.empty();
        return Optional.of(new PageOfListing(shown, olderAfter, !above.isEmpty(), newerAfter, new PublicationSpan(newest, oldest)));
    }

    /** The newest public articles of a listing whole, bodies included, as feeds carry them. */
    public List<Article> newestWhole(PublicListing listing, int limit) {
        return articles.newestPublic(listing, limit);
    }

    /** The public articles published just before and just after this one, for "previous" and "next" links. */
    public Neighbours neighboursOf(ArticleTeaser article) {
        return new Neighbours(articles.olderThan(PublicListing.EVERYTHING, Optional.of(article.position()), 1).stream().findFirst(),
                articles.newerThan(PublicListing.EVERYTHING, article.position(), 1).stream().findFirst());
    }

    /** An article's public neighbours in time. */
    public record Neighbours(Optional<ArticleTeaser> older, Optional<ArticleTeaser> newer) {

        /** The stretch of the listing from the newer neighbour to the older one: what the article's page depends on. */
        public PublicationSpan reach() {
            return new PublicationSpan(newer.map(ArticleTeaser::publishedAt), older.map(ArticleTeaser::publishedAt));
        }
    }

    /** How many articles appeared in each month, newest first: the archive's index. */
    public List<ArchiveMonth> archiveMonths() {
        return articles.archiveMonths();
    }

    public long publicCount() {
        return articles.countPublic();
    }

    /** Part {@code part} (from 1) of the public articles in the order they appeared, {@code partSize} to a part. */
    public List<ArticleAddress> addresses(int part, int partSize) {
        return articles.publicAddresses((part - 1) * partSize, partSize);
    }

    /** Up to {@code limit} public pages, by slug. */
    public List<ArticleAddress> pages(int limit) {
        return articles.publicPages(limit);
    }

    /** The tags and the authors that have public articles, each with a listing of their own. */
    public Listings listings() {
        return new Listings(articles.tagsShown(), articles.authorsShown());
    }

    /** The slugs of the tags and the authors that readers find listings of. */
    public record Listings(List<Slug> tags, List<Slug> authors) {
    }

    /** The public article at this path segment; drafts and the like are as absent as unknown slugs. */
    public Optional<Article> article(String pathSegment) {
        return slug(pathSegment).flatMap(articles::findBySlug).filter(Article::isPublic);
    }

    /** Where a site path has moved for good, as when an article's slug changed. */
    public Optional<String> movedTo(String path) {
        return redirects.findFrom(path).map(Redirect::toPath);
    }

    /** A path segment that is no valid slug names nothing, like an unknown one. */
    private static Optional<Slug> slug(String pathSegment) {
        try {
            return Optional.of(new Slug(pathSegment));
        } catch (RuleViolation notASlug) {
            return Optional.empty();
        }
    }
}
