package org.gazette.application;

import org.gazette.domain.article.Slug;

/**
 * Announces that what readers may see of an article may have changed (written, published,
 * unpublished, trashed). Caches, feeds and sitemaps observe it; the services know none of them.
 */
public record ArticleChanged(String articleId, Slug slug) {
}
