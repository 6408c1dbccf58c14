package org.gazette.domain.article;

import java.time.Instant;
import java.util.Objects;

/**
 * A public article's place in the order of every listing: newest publication first, and among
 * articles published at the same instant, by id. Pages continue a listing after a position
 * (keyset pagination), so page 2,000 costs what page 2 costs.
 */
public record PublicPosition(Instant publishedAt, String articleId) {

    public PublicPosition {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(articleId, "articleId");
    }
}
