package org.gazette.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.Slug;
import org.gazette.domain.redirect.Redirect;
import org.gazette.domain.redirect.RedirectRepository;

/** What anonymous readers may see: public articles only, whatever else the database holds. */
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

    public List<Article> newest(int page, int pageSize) {
        return articles.newestPublic(Math.max(0, page - 1) * pageSize, pageSize);
    }

    public List<Article> newestTagged(String tagSlug, int limit) {
        return slug(tagSlug).map(tag -> articles.newestPublicTagged(tag, limit)).orElse(List.of());
    }

    public List<Article> newestBy(String authorSlug, int limit) {
        return slug(authorSlug).map(author -> articles.newestPublicBy(author, limit)).orElse(List.of());
    }

    /** Every public article, newest first, as the archive lists them. */
    public List<Article> everything() {
        return articles.newestPublic(0, Integer.MAX_VALUE);
    }

    /** The public articles published just before and just after this one, for "previous" and "next" links. */
    public Neighbours neighboursOf(Article article) {
        return new Neighbours(articles.publicOlderThan(article), articles.publicNewerThan(article));
    }

    /** An article's public neighbours in time. */
    public record Neighbours(Optional<Article> older, Optional<Article> newer) {
    }

    public long publicCount() {
        return articles.countPublic();
    }

    /** The public article at this path segment; drafts and the like are as absent as unknown slugs. */
    public Optional<Article> article(String pathSegment) {
        return slug(pathSegment).flatMap(articles::findBySlug).filter(Article::isPublic);
    }

    /**
     * An article at its private preview address, whatever its status except in the trash: what the
     * public page will show, for those an editor gave the link.
     */
    public Optional<Article> preview(String token) {
        return articles.findByPreviewToken(token).filter(article -> article.status() != ArticleStatus.TRASHED);
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
