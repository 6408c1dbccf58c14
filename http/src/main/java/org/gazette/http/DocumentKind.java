package org.gazette.http;

/** The kinds of cached documents, counted apart: reading pages, feeds and sitemaps. */
public enum DocumentKind {
    PAGE, FEED, SITEMAP
}
