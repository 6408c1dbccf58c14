package org.gazette.persistence;

import java.util.Optional;

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
}
