package org.gazette.domain.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a public article stands among the public listings: when it was published, which tags and
 * which author list it. Two placements that differ move the article between listings or within one;
 * caches use that to tell which of their documents a change touches. A page is public but
 * {@code listed} in none of them but {@link PublicListing#PAGES}.
 */
public record PublicPlacement(String articleId, Instant publishedAt, List<String> tagSlugs, String authorSlug, boolean listed)
        implements Serializable {

    public PublicPlacement {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(publishedAt, "publishedAt");
        tagSlugs = List.copyOf(tagSlugs);
        Objects.requireNonNull(authorSlug, "authorSlug");
    }
}
