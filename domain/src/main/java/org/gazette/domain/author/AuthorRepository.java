package org.gazette.domain.author;

import java.util.Optional;

import org.gazette.domain.article.Slug;

public interface AuthorRepository {

    Optional<Author> findBySlug(Slug slug);

    void add(Author author);
}
