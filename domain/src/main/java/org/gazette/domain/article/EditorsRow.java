package org.gazette.domain.article;

import java.time.Instant;
import java.util.Optional;

/**
 * An article as the editors' list shows it, read without its body, tags or revisions; {@code published}
 * is when it was or is to be published.
 */
public record EditorsRow(String id, String title, ArticleStatus status, String authorName, Optional<String> owner, Instant updatedAt,
        Slug slug, boolean hidden, ArticleKind kind, Optional<Instant> published) {

    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED && !hidden;
    }
}
