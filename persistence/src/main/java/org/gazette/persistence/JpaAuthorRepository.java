package org.gazette.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gazette.domain.article.Slug;
import org.gazette.domain.author.Author;
import org.gazette.domain.author.AuthorRepository;

@ApplicationScoped
public class JpaAuthorRepository implements AuthorRepository {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected JpaAuthorRepository() {
    }

    JpaAuthorRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Author> findBySlug(Slug slug) {
        return Queries.first(em.createQuery("SELECT a FROM Author a WHERE a.slug = :slug", Author.class)
                .setParameter("slug", slug.value()));
    }

    @Override
    public void add(Author author) {
        em.persist(author);
    }
}
