package org.gazette.application;

import java.io.Serializable;
import java.util.Optional;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.PublicPlacement;

/**
 * Announces that what readers see of an article changed: where it stood in the public listings
 * before ({@code before}, null when readers could not see it) and where it stands now ({@code after},
 * null when they no longer can). Caches observe it and drop exactly the documents that showed the
 * article or that it now joins; the services know none of them. Serializable, so it can travel to
 * the other servers of a cluster.
 */
public record ArticleChanged(String articleId, PublicPlacement before, PublicPlacement after) implements Serializable {

    /** The change an article went through in this unit of work, when readers could see it before or can now. */
    public static Optional<ArticleChanged> of(Article article) {
        PublicPlacement before = article.placementBeforeChanges().orElse(null);
        PublicPlacement after = article.placement().orElse(null);
        return before == null && after == null ? Optional.empty() : Optional.of(new ArticleChanged(article.id(), before, after));
    }

    public Optional<PublicPlacement> placedBefore() {
        return Optional.ofNullable(before);
    }

    public Optional<PublicPlacement> placedAfter() {
        return Optional.ofNullable(after);
    }
}
