package org.gazette.domain.tag;

import java.util.Optional;

import org.gazette.domain.article.Slug;

public interface TagRepository {

    Optional<Tag> findBySlug(Slug slug);

    void add(Tag tag);
}
