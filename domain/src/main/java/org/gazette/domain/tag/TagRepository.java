package org.gazette.domain.tag;

import java.util.List;
import java.util.Optional;

import org.gazette.domain.article.Slug;

public interface TagRepository {

    Optional<Tag> findBySlug(Slug slug);

    void add(Tag tag);

    long count();

    /** Every tag, by name. */
    List<Tag> all();

    /** Up to {@code limit} tags whose name contains this text, ignoring case, by name: suggestions as an editor types. */
    List<Tag> named(String part, int limit);

    /** Every tag, by name, with the number of articles of any status filed under it. */
    List<TagUse> allWithUse();

    /** How many articles of any status carry the tag. */
    long articlesTagged(Tag tag);

    void remove(Tag tag);

    /** A tag and how many articles carry it. */
    record TagUse(Tag tag, long articles) {
    }
}
