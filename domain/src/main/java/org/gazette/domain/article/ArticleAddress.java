package org.gazette.domain.article;

import java.time.Instant;

/** A public article as a sitemap lists it: where it is, when it appeared and when it last changed. */
public record ArticleAddress(Slug slug, Instant publishedAt, Instant updatedAt) {
}
