package org.gazette.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gazette.domain.article.Slug;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.tag.TagRepository;

@ApplicationScoped
public class JpaTagRepository implements TagRepository {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected JpaTagRepository() {
    }

    JpaTagRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Tag> findBySlug(Slug slug) {
        return Queries.first(em.createQuery("SELECT t FROM Tag t WHERE t.slug = :slug", Tag.class)
                .setParameter("slug", slug.value()));
    }

    @Override
    public void add(Tag tag) {
        em.persist(tag);
    }
}
