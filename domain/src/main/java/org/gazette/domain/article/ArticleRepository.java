package org.gazette.domain.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ArticleRepository {

    Optional<Article> findById(String id);

    Optional<Article> findBySlug(Slug slug);

    /** Every article, whatever its status, for the editors' list: those the filter lets through, in the order asked for. */
    List<Article> forEditors(EditorsFilter filter, EditorsOrder order, int offset, int limit);

    /**
     * Which articles the editors' list shows: optionally only one status, titles containing a text
     * (ignoring case), one tag and one author, each given by slug; empty or null means any.
     */
    record EditorsFilter(Optional<ArticleStatus> status, String titleContains, String tagSlug, String authorSlug) {
    }

    /** How the editors' list is sorted. */
    enum EditorsOrder {
        RECENTLY_CHANGED("a.updatedAt DESC, a.id"),
        TITLE("LOWER(a.title), a.id"),
        NEWEST_PUBLISHED("a.publishedAt DESC, a.id");

        private final String jpql;

        EditorsOrder(String jpql) {
            this.jpql = jpql;
        }

        /** The ORDER BY clause, for an article aliased {@code a}. */
        public String jpql() {
            return jpql;
        }
    }

    Optional<Article> findByGuid(Guid guid);

    Optional<Article> findByPreviewToken(String token);

    boolean slugTaken(Slug slug);

    /** Public articles, newest publication first. */
    List<Article> newestPublic(int offset, int limit);

    /** Public articles filed under the tag with this slug, newest publication first. */
    List<Article> newestPublicTagged(Slug tag, int limit);

    /** Public articles by the author with this slug, newest publication first. */
    List<Article> newestPublicBy(Slug author, int limit);

    /** The public article just older than this one in the order of {@link #newestPublic}. */
    Optional<Article> publicOlderThan(Article article);

    /** The public article just newer than this one in the order of {@link #newestPublic}. */
    Optional<Article> publicNewerThan(Article article);

    long countPublic();

    long count();

    /** Articles of any status whose cover or body refers to an address containing this text. */
    List<Article> referring(String addressPart);

    List<Article> scheduledDueBy(Instant now);

    void add(Article article);

    /** Deletes the article for good, with its tags and revisions. */
    void remove(Article article);
}
