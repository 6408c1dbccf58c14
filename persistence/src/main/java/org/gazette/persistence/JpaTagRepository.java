package org.gazette.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.article.Slug;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.tag.TagRepository;

@ApplicationScoped
public class JpaTagRepository extends JpaRepository<Tag> implements TagRepository {

    protected JpaTagRepository() {
        this(null);
    }

    JpaTagRepository(EntityManager em) {
        super(Tag.class, em);
    }

    @Override
    public Optional<Tag> findBySlug(Slug slug) {
        return findOne("slug", slug.value());
    }

    @Override
    public List<Tag> all() {
        return em.createQuery("SELECT t FROM Tag t ORDER BY LOWER(t.name)", Tag.class).getResultList();
    }

    @Override
    public List<Tag> named(String part, int limit) {
        return em.createQuery("SELECT t FROM Tag t WHERE LOWER(t.name) LIKE :part ORDER BY LOWER(t.name)", Tag.class)
                .setParameter("part", TextPattern.containing(part)).setMaxResults(limit).getResultList();
    }

    @Override
    public List<TagUse> allWithUse() {
        Map<String, Long> counts = em.createQuery("SELECT t.id, COUNT(a) FROM Article a JOIN a.tags t GROUP BY t.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return all().stream().map(tag -> new TagUse(tag, counts.getOrDefault(tag.id(), 0L))).toList();
    }

    @Override
    public long articlesTagged(Tag tag) {
        return em.createQuery("SELECT COUNT(a) FROM Article a JOIN a.tags t WHERE t = :tag", Long.class)
                .setParameter("tag", tag).getSingleResult();
    }

    @Override
    public void remove(Tag tag) {
        em.remove(tag);
    }
}
