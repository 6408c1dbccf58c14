package org.gazette.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.article.Slug;
import org.gazette.domain.author.Author;
import org.gazette.domain.author.AuthorRepository;

@ApplicationScoped
public class JpaAuthorRepository extends JpaRepository<Author> implements AuthorRepository {

    protected JpaAuthorRepository() {
        this(null);
    }

    JpaAuthorRepository(EntityManager em) {
        super(Author.class, em);
    }

    @Override
    public Optional<Author> findByName(String name) {
        return em.createQuery("SELECT a FROM Author a WHERE LOWER(a.name) = LOWER(:name) ORDER BY a.slug", Author.class)
                .setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Author> findByAccount(String username) {
        return findOne("account", username);
    }

    @Override
    public Optional<Author> findBySlug(Slug slug) {
        return findOne("slug", slug.value());
    }

    @Override
    public List<Author> all() {
        return em.createQuery("SELECT a FROM Author a ORDER BY a.name", Author.class).getResultList();
    }

    @Override
    public List<Author> named(String part, int limit) {
        return em.createQuery("SELECT a FROM Author a WHERE LOWER(a.name) LIKE :part ORDER BY a.name", Author.class)
                .setParameter("part", TextPattern.containing(part)).setMaxResults(limit).getResultList();
    }
}
