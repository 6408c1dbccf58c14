package org.gazette.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.Slug;

@ApplicationScoped
public class JpaArticleRepository extends JpaRepository<Article> implements ArticleRepository {

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
    public List<Article> forEditors(EditorsFilter filter, EditorsOrder order, int offset, int limit) {
        return em.createQuery("SELECT a FROM Article a WHERE (:anyStatus = TRUE OR a.status = :status)"
                        + " AND LOWER(a.title) LIKE :title"
                        + " AND (:anyAuthor = TRUE OR a.author.slug = :author)"
                        + " AND (:anyTag = TRUE OR EXISTS (SELECT t FROM Article b JOIN b.tags t WHERE b = a AND t.slug = :tag))"
                        + " ORDER BY " + order.jpql(), Article.class)
                .setParameter("anyStatus", filter.status().isEmpty())
                .setParameter("status", filter.status().orElse(ArticleStatus.DRAFT))
                .setParameter("title", "%" + blankToEmpty(filter.titleContains()).toLowerCase(Locale.ROOT) + "%")
                .setParameter("anyAuthor", blankToEmpty(filter.authorSlug()).isEmpty())
                .setParameter("author", blankToEmpty(filter.authorSlug()))
                .setParameter("anyTag", blankToEmpty(filter.tagSlug()).isEmpty())
                .setParameter("tag", blankToEmpty(filter.tagSlug()))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public Optional<Article> findByPreviewToken(String token) {
        return findOne("previewToken", token);
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
    public boolean slugTaken(Slug slug) {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.slug = :slug", Long.class)
                .setParameter("slug", slug.value()).getSingleResult() > 0;
    }

    @Override
    public List<Article> referring(String addressPart) {
        return em.createQuery("SELECT a FROM Article a WHERE a.cover.url LIKE :part OR a.bodySource LIKE :part ORDER BY a.title", Article.class)
                .setParameter("part", "%" + addressPart + "%").getResultList();
    }

    @Override
    public List<Article> newestPublic(int offset, int limit) {
        return em.createQuery("SELECT a FROM Article a WHERE a.status = :published AND a.hidden = FALSE"
                        + " ORDER BY a.publishedAt DESC, a.id", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Article> newestPublicTagged(Slug tag, int limit) {
        return em.createQuery("SELECT a FROM Article a JOIN a.tags t WHERE t.slug = :tag AND a.status = :published"
                        + " AND a.hidden = FALSE ORDER BY a.publishedAt DESC, a.id", Article.class)
                .setParameter("tag", tag.value())
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Article> newestPublicBy(Slug author, int limit) {
        return em.createQuery("SELECT a FROM Article a WHERE a.author.slug = :author AND a.status = :published"
                        + " AND a.hidden = FALSE ORDER BY a.publishedAt DESC, a.id", Article.class)
                .setParameter("author", author.value())
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Article> publicOlderThan(Article article) {
        return neighbour(article, "a.publishedAt < :published OR (a.publishedAt = :published AND a.id > :id)",
                "a.publishedAt DESC, a.id");
    }

    @Override
    public Optional<Article> publicNewerThan(Article article) {
        return neighbour(article, "a.publishedAt > :published OR (a.publishedAt = :published AND a.id < :id)",
                "a.publishedAt, a.id DESC");
    }

    private Optional<Article> neighbour(Article article, String side, String order) {
        if (article.publishedAt().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Article a WHERE a.status = :status AND a.hidden = FALSE AND (" + side + ")"
                        + " ORDER BY " + order, Article.class)
                .setParameter("status", ArticleStatus.PUBLISHED)
                .setParameter("published", LocalDateTime.ofInstant(article.publishedAt().get(), ZoneOffset.UTC))
                .setParameter("id", article.id())
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public long countPublic() {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.status = :published AND a.hidden = FALSE", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED).getSingleResult();
    }

    @Override
    public long count() {
        return super.count();
    }

    @Override
    public List<Article> scheduledDueBy(Instant now) {
        return em.createQuery("SELECT a FROM Article a WHERE a.status = :scheduled AND a.publishedAt <= :now", Article.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
    }

    @Override
    public void remove(Article article) {
        em.createQuery("DELETE FROM Revision r WHERE r.articleId = :id").setParameter("id", article.id()).executeUpdate();
        em.remove(article);
    }
}
