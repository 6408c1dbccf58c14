package org.gazette.application;

/**
 * Announces that something every public page shows has changed: the site's settings or an author's
 * description. Caches of pages and feeds observe it, as they observe {@link ArticleChanged}.
 */
public record SiteChanged(String what) {
}
