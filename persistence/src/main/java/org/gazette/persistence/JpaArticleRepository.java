package org.gazette.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;

import org.gazette.domain.article.ArchiveMonth;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleAddress;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicPosition;
import org.gazette.domain.article.Slug;

/**
 * Articles through EclipseLink. Listings select the teaser's columns and then the tags of the whole
 * page in one more query; keyset conditions start every page at an index position, never after
 * skipping rows. Whole articles are loaded with their authors and tags batched, one query each.
 */
@ApplicationScoped
public class JpaArticleRepository extends JpaRepository<Article> implements ArticleRepository {

    private static final String NEWEST_FIRST = "a.publicAt DESC, a.id DESC";
    private static final String OLDEST_FIRST = "a.publicAt, a.id";
    /** Readers' articles: only they have a place in the listings. */
    private static final String PUBLIC = "a.publicAt IS NOT NULL";
    /*
     * Every article has an author; the joins are outer joins all the same, because H2 then reads the
     * articles first, in the order of their index, instead of the few authors first and sorting after.
     */
    private static final String TEASER = "SELECT a.id, a.slug, a.title, a.excerpt, a.publicAt, a.updatedAt, a.readingMinutes,"
            + " a.cover.url, a.cover.alt, a.cover.caption, au.name, au.slug FROM Article a LEFT JOIN a.author au";
    private static final String WHOLE = "SELECT a FROM Article a LEFT JOIN a.author au";
    private static final String ROW_COLUMNS = "a.id, a.title, a.status, au.name, a.owner, a.updatedAt, a.slug, a.hidden, a.kind, a.publishedAt";
    private static final String ROW = "SELECT " + ROW_COLUMNS + " FROM Article a LEFT JOIN a.author au";

    protected JpaArticleRepository() {
        this(null);
    }

    JpaArticleRepository(EntityManager em) {
        super(Article.class, em);
    }

    @Override
    public Optional<Article> findById(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Article.class, key));
    }


    @Override
    public Optional<Article> findBySlug(Slug slug) {
        return findOne("slug", slug.value());
    }

    @Override
    public Optional<Article> findByGuid(Guid guid) {
        return findOne("guid", guid.value());
    }

    @Override
    public Map<Guid, Article> findByGuids(Collection<Guid> guids) {
        if (guids.isEmpty()) {
            return Map.of();
        }
        return whole(em.createQuery("SELECT a FROM Article a WHERE a.guid IN :guids", Article.class)
                .setParameter("guids", guids.stream().map(Guid::value).toList()))
                .getResultStream().collect(Collectors.toMap(Article::guid, Function.identity()));
    }

    /**
     * Asks the database without writing pending changes first: a unit of work that creates several
     * articles (an import chunk) tracks the slugs it gave out itself, and flushing hundreds of new
     * articles before each check would make a chunk cost the square of its size.
     */
    @Override
    public boolean slugTaken(Slug slug) {
        return !em.createQuery("SELECT a.id FROM Article a WHERE a.slug = :slug", String.class).setFlushMode(FlushModeType.COMMIT)
                .setParameter("slug", slug.value()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<EditorsRow> forEditors(EditorsFilter filter, EditorsOrder order, int offset, int limit) {
        return em.createQuery(ROW + " WHERE (:anyStatus = TRUE OR a.status = :status)"
                        + " AND (:anyTitle = TRUE OR a.sortTitle LIKE :title)"
                        + " AND (:anyAuthor = TRUE OR au.slug = :author)"
                        + " AND (:anyTag = TRUE OR EXISTS (SELECT b FROM Article b JOIN b.tags t WHERE b = a AND t.slug = :tag))"
                        + " AND (:anyOwner = TRUE OR a.owner = :owner)"
                        + " ORDER BY " + orderBy(order), Object[].class)
                .setParameter("anyStatus", filter.status().isEmpty())
                .setParameter("status", filter.status().orElse(ArticleStatus.DRAFT))
                .setParameter("anyTitle", blankToEmpty(filter.titleContains()).isEmpty())
                .setParameter("title", TextPattern.containing(filter.titleContains()))
                .setParameter("anyAuthor", blankToEmpty(filter.authorSlug()).isEmpty())
                .setParameter("author", blankToEmpty(filter.authorSlug()))
                .setParameter("anyTag", blankToEmpty(filter.tagSlug()).isEmpty())
                .setParameter("tag", blankToEmpty(filter.tagSlug()))
                .setParameter("anyOwner", blankToEmpty(filter.owner()).isEmpty())
                .setParameter("owner", blankToEmpty(filter.owner()))
                .setFirstResult(offset).setMaxResults(limit).getResultStream().map(JpaArticleRepository::row).toList();
    }

    private static String orderBy(EditorsOrder order) {
        return switch (order) {
            case RECENTLY_CHANGED -> "a.updatedAt DESC, a.id DESC";
            case TITLE -> "a.sortTitle, a.id";
            case NEWEST_PUBLISHED -> "a.publishedAt DESC NULLS LAST, a.id DESC";
            case NEXT_TO_PUBLISH -> "a.publishedAt NULLS LAST, a.id";
        };
    }

    private static EditorsRow row(Object[] columns) {
        return new EditorsRow((String) columns[0], (String) columns[1], (ArticleStatus) columns[2], (String) columns[3],
                Optional.ofNullable((String) columns[4]), instant(columns[5]), new Slug((String) columns[6]), (Boolean) columns[7],
                (ArticleKind) columns[8], Optional.ofNullable(columns[9]).map(JpaArticleRepository::instant));
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public List<ArticleTeaser> olderThan(PublicListing listing, Optional<PublicPosition> after, int limit) {
        String keyset = after.isEmpty() ? "" : " AND a.publicAt <= :at AND (a.publicAt < :at OR a.id < :id)";
        return teasers(listing, keyset, NEWEST_FIRST, after, limit);
    }

    @Override
    public List<ArticleTeaser> newerThan(PublicListing listing, PublicPosition position, int limit) {
        return teasers(listing, " AND a.publicAt >= :at AND (a.publicAt > :at OR a.id > :id)", OLDEST_FIRST, Optional.of(position), limit);
    }

    private List<ArticleTeaser> teasers(PublicListing listing, String keyset, String order, Optional<PublicPosition> position, int limit) {
        TypedQuery<Object[]> query = bound(em.createQuery(TEASER + within(listing) + keyset + " ORDER BY " + order, Object[].class), listing);
        position.ifPresent(at -> query.setParameter("at", utc(at.publishedAt())).setParameter("id", at.articleId()));
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        Map<String, List<ArticleTeaser.Label>> tags = tagsOf(rows.stream().map(row -> (String) row[0]).toList());
        return rows.stream().map(row -> teaser(row, tags.getOrDefault((String) row[0], List.of()))).toList();
    }

    /** The join and the condition that select a listing's public articles, for an article {@code a} with its author {@code au}. */
    private static String within(PublicListing listing) {
        return switch (listing.kind()) {
            case EVERYTHING -> " WHERE " + PUBLIC;
            case TAG -> " JOIN a.tags tg WHERE " + PUBLIC + " AND tg.slug = :listing";
            case AUTHOR -> " WHERE " + PUBLIC + " AND au.slug = :listing";
            case PERIOD -> " WHERE a.publicAt >= :from AND a.publicAt < :until";
            case PAGES -> throw new IllegalArgumentException("Pages have no order to be listed in; publicPages() names them.");
        };
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, PublicListing listing) {
        switch (listing.kind()) {
            case EVERYTHING, PAGES -> { }
            case TAG, AUTHOR -> query.setParameter("listing", listing.slug());
            case PERIOD -> query.setParameter("from", utc(listing.from())).setParameter("until", utc(listing.until()));
        }
        return query;
    }

    /** The tags of these articles in each article's order, in one query. */
    private Map<String, List<ArticleTeaser.Label>> tagsOf(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ArticleTeaser.Label>> tags = new LinkedHashMap<>();
        em.createQuery("SELECT a.id, t.name, t.slug FROM Article a JOIN a.tags t WHERE a.id IN :ids ORDER BY a.id, INDEX(t)", Object[].class)
                .setParameter("ids", articleIds).getResultStream()
                .forEach(row -> tags.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                        .add(new ArticleTeaser.Label((String) row[1], new Slug((String) row[2]))));
        return tags;
    }

    private static ArticleTeaser teaser(Object[] row, List<ArticleTeaser.Label> tags) {
        Optional<CoverImage> cover = Optional.ofNullable((String) row[7])
                .map(url -> new CoverImage(url, (String) row[8], (String) row[9]));
        return new ArticleTeaser((String) row[0], new Slug((String) row[1]), (String) row[2], (String) row[3], instant(row[4]),
                instant(row[5]), (Integer) row[6], cover, new ArticleTeaser.Label((String) row[10], new Slug((String) row[11])), tags);
    }

    @Override
    public Optional<PublicPosition> publicPosition(Slug slug) {
        return em.createQuery("SELECT a.publicAt, a.id FROM Article a WHERE a.slug = :slug AND " + PUBLIC, Object[].class)
                .setParameter("slug", slug.value()).getResultStream().findFirst()
                .map(row -> new PublicPosition(instant(row[0]), (String) row[1]));
    }

    @Override
    public List<Article> newestPublic(PublicListing listing, int limit) {
        return whole(bound(em.createQuery(WHOLE + within(listing) + " ORDER BY " + NEWEST_FIRST, Article.class), listing))
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ArticleAddress> publicAddresses(int offset, int limit) {
        return em.createQuery("SELECT a.slug, a.publicAt, a.updatedAt FROM Article a WHERE " + PUBLIC + " ORDER BY " + OLDEST_FIRST,
                        Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(row -> new ArticleAddress(new Slug((String) row[0]), instant(row[1]), instant(row[2]))).toList();
    }

    @Override
    public List<ArticleAddress> publicPages(int limit) {
        return em.createQuery("SELECT a.slug, a.publishedAt, a.updatedAt FROM Article a WHERE a.kind = :page AND a.status = :published"
                        + " AND a.hidden = FALSE ORDER BY a.slug", Object[].class)
                .setParameter("page", ArticleKind.PAGE).setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(limit).getResultStream()
                .map(row -> new ArticleAddress(new Slug((String) row[0]), instant(row[1]), instant(row[2]))).toList();
    }

    /** One look into the index per tag: whether any of its articles is public, not how many are. */
    @Override
    public List<Slug> tagsShown() {
        return slugs("SELECT t.slug FROM Tag t WHERE EXISTS (SELECT b.id FROM Article b JOIN b.tags bt WHERE bt = t AND b.publicAt IS NOT NULL)"
                + " ORDER BY t.slug");
    }

    @Override
    public List<Slug> authorsShown() {
        return slugs("SELECT au.slug FROM Author au WHERE EXISTS (SELECT b.id FROM Article b WHERE b.author = au AND b.publicAt IS NOT NULL)"
                + " ORDER BY au.slug");
    }

    private List<Slug> slugs(String jpql) {
        return em.createQuery(jpql, String.class).getResultStream().map(Slug::new).toList();
    }

    @Override
    public List<ArchiveMonth> archiveMonths() {
        List<?> rows = em.createNativeQuery("SELECT EXTRACT(YEAR FROM public_at), EXTRACT(MONTH FROM public_at), COUNT(*)"
                + " FROM article WHERE public_at IS NOT NULL GROUP BY EXTRACT(YEAR FROM public_at), EXTRACT(MONTH FROM public_at)").getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new ArchiveMonth(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), ((Number) row[2]).longValue()))
                .sorted((one, other) -> other.month().compareTo(one.month())).toList();
    }

    @Override
    public long countPublic() {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE " + PUBLIC, Long.class).getSingleResult();
    }

    @Override
    public Map<String, List<EditorsRow>> showing(Collection<String> mediaAssetIds) {
        if (mediaAssetIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<EditorsRow>> showing = new LinkedHashMap<>();
        em.createQuery("SELECT m, " + ROW_COLUMNS + " FROM Article a JOIN a.author au JOIN a.mediaIds m WHERE m IN :assets ORDER BY a.sortTitle",
                        Object[].class)
                .setParameter("assets", List.copyOf(mediaAssetIds)).getResultStream()
                .forEach(columns -> showing.computeIfAbsent((String) columns[0], id -> new ArrayList<>())
                        .add(row(Arrays.copyOfRange(columns, 1, columns.length))));
        return showing;
    }

    @Override
    public List<Article> afterId(Optional<String> lastId, int limit) {
        return whole(stepQuery("id", lastId, limit)).getResultList();
    }

    @Override
    public List<Article> scheduledDueBy(Instant now) {
        return whole(em.createQuery("SELECT a FROM Article a WHERE a.status = :scheduled AND a.publishedAt <= :now", Article.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", utc(now))).getResultList();
    }

    @Override
    public void remove(Article article) {
        em.createQuery("DELETE FROM Revision r WHERE r.articleId = :id").setParameter("id", article.id()).executeUpdate();
        em.remove(article);
    }

    /** Loads the authors and tags of every article of the result in one query each, instead of one per article. */
    private static <T> TypedQuery<T> whole(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.author").setHint("eclipselink.batch", "a.tags");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a time of the schema: " + value);
    }
}
