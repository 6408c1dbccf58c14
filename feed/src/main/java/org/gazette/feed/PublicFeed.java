package org.gazette.feed;

import java.time.Instant;
import java.util.List;

import org.gazette.domain.article.Article;
import org.gazette.domain.site.Site;
import org.gazette.http.Dependencies;

/** One feed of a site: under what title, at which path, with which public articles, newest first, and what alters it. */
record PublicFeed(Site site, String title, String selfPath, List<Article> articles, Dependencies dependencies) {

    String self() {
        return site.absolute(selfPath);
    }

    PublicFeed titled(String newTitle) {
        return new PublicFeed(site, newTitle, selfPath, articles, dependencies);
    }

    /** When anything in the feed last changed; a feed without articles has never changed. */
    Instant lastChange() {
        return articles.stream().map(Article::updatedAt).max(Comparable::compareTo).orElse(Instant.EPOCH);
    }
}
