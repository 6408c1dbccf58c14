package org.gazette.application;

import java.util.List;
import java.util.Optional;

import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.domain.article.Slug;

/**
 * One page of a public listing, newest first, with the way to the pages beside it: the older page
 * continues after {@code olderAfter}; the newer page continues after {@code newerAfter}, or is the
 * listing's first page when that is empty and {@code hasNewer} holds. {@code reach} is the stretch of
 * the listing the page depends on, so a cache knows which changes alter it.
 */
public record PageOfListing(List<ArticleTeaser> articles, Optional<Slug> olderAfter, boolean hasNewer, Optional<Slug> newerAfter,
        PublicationSpan reach) {

    public PageOfListing {
        articles = List.copyOf(articles);
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
