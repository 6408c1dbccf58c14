package org.gazette.domain.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An article as listings, feeds' neighbours and the archive show it: everything but its body, read
 * without loading or sanitizing the body.
 */
public record ArticleTeaser(
        String id,
        Slug slug,
        String title,
        String summary,
        Instant publishedAt,
        Instant updatedAt,
        int readingMinutes,
        Optional<CoverImage> cover,
        Label author,
        List<Label> tags) {

    public ArticleTeaser {
        tags = List.copyOf(tags);
    }

    /** The teaser of an article already loaded whole, as its own page shows it. */
    public static ArticleTeaser of(Article article) {
        return new ArticleTeaser(article.id(), article.slug(), article.title(), article.summary(),
                article.publishedAt().orElse(article.updatedAt()), article.updatedAt(), article.readingTime().minutes(), article.cover(),
                new Label(article.author().name(), article.author().slug()),
                article.tags().stream().map(tag -> new Label(tag.name(), tag.slug())).toList());
    }

    public PublicPosition position() {
        return new PublicPosition(publishedAt, id);
    }

    /** A tag or an author as a teaser names it: shown by name, linked by slug. */
    public record Label(String name, Slug slug) {
    }
}
