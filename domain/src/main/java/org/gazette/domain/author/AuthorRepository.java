package org.gazette.domain.author;

import java.util.List;
import java.util.Optional;

import org.gazette.domain.article.Slug;

public interface AuthorRepository {

    Optional<Author> findBySlug(Slug slug);

    /** The author of this name, whatever its case. */
    Optional<Author> findByName(String name);

    /** Every author, by name. */
    List<Author> all();

    void add(Author author);
}
