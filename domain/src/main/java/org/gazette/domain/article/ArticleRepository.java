package org.gazette.domain.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles of the site. Lists read only what they show, as teasers, rows or addresses, and
 * continue after a position instead of skipping rows, so their cost does not grow with the site.
 */
public interface ArticleRepository {

    Optional<Article> findById(String id);

    Optional<Article> findBySlug(Slug slug);

    Optional<Article> findByGuid(Guid guid);

    /** The articles of these guids, of any status, by guid: one query for a whole chunk of an import. */
    Map<Guid, Article> findByGuids(Collection<Guid> guids);

    boolean slugTaken(Slug slug);

    /** Every article, whatever its status, for the editors' list: those the filter lets through, in the order asked for. */
    List<EditorsRow> forEditors(EditorsFilter filter, EditorsOrder order, int offset, int limit);

    /**
     * Which articles the editors' list shows: optionally only one status, titles containing a text
     * (ignoring case), one tag and one author, each given by slug, and the articles of one owner,
     * by user name; empty or null means any.
     */
    record EditorsFilter(Optional<ArticleStatus> status, String titleContains, String tagSlug, String authorSlug, String owner) {

        /** Any owner's. */
        public EditorsFilter(Optional<ArticleStatus> status, String titleContains, String tagSlug, String authorSlug) {
            this(status, titleContains, tagSlug, authorSlug, null);
        }
    }

    /** How the editors' list is sorted; the next to be published first suits scheduled articles. */
    enum EditorsOrder {
        RECENTLY_CHANGED, TITLE, NEWEST_PUBLISHED, NEXT_TO_PUBLISH
    }

    /**
     * Up to {@code limit} public articles of a listing in its order, newest first, starting just after
     * {@code after} when it is given and with the newest otherwise.
     */
    List<ArticleTeaser> olderThan(PublicListing listing, Optional<PublicPosition> after, int limit);

    /** Up to {@code limit} public articles of a listing just newer than a position, nearest first. */
    List<ArticleTeaser> newerThan(PublicListing listing, PublicPosition position, int limit);

    /** The public article at this slug with its position in the listings; drafts and the like have none. */
    Optional<PublicPosition> publicPosition(Slug slug);

    /** Up to {@code limit} public articles of a listing, whole with their bodies, newest first: what feeds carry. */
    List<Article> newestPublic(PublicListing listing, int limit);

    /** Public articles in the order they appeared, oldest first, skipping {@code offset}: one part of the sitemap. */
    List<ArticleAddress> publicAddresses(int offset, int limit);

    /** Up to {@code limit} public pages, by slug: they are in the sitemap but in no listing. */
    List<ArticleAddress> publicPages(int limit);

    /** The tags that have public articles, by slug: those with a listing of their own. */
    List<Slug> tagsShown();

    /** The authors who have public articles, by slug. */
    List<Slug> authorsShown();

    /** How many public articles appeared in each month, newest month first. */
    List<ArchiveMonth> archiveMonths();

    long countPublic();

    long count();

    /** For each of these library images that is in use, the articles of any status whose cover or body shows it, by title. */
    Map<String, List<EditorsRow>> showing(Collection<String> mediaAssetIds);

    List<Article> scheduledDueBy(Instant now);

    /** Every article in steps, ordered by id, after the id of the last one read (from the first when empty). */
    List<Article> afterId(Optional<String> lastId, int limit);

    void add(Article article);

    /** Deletes the article for good, with its tags and revisions. */
    void remove(Article article);
}
