package org.gazette.domain.author;

import java.util.List;
import java.util.Optional;

import org.gazette.domain.article.Slug;

public interface AuthorRepository {

    Optional<Author> findBySlug(Slug slug);

    /** The profile of the user with this name. */
    Optional<Author> findByAccount(String username);

    /** The author of this name, whatever its case. */
    Optional<Author> findByName(String name);

    /** Every author, by name. */
    List<Author> all();

    /** Up to {@code limit} authors whose name contains this text, ignoring case, by name: suggestions as an editor types. */
    List<Author> named(String part, int limit);

    void add(Author author);

    long count();
}
