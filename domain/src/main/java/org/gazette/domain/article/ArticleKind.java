package org.gazette.domain.article;

/**
 * What an article is to readers: a post, dated, in the listings and the feeds; or a page (About,
 * Uses, Contact), found at its own address, in the site's navigation and the sitemap, and nowhere else.
 */
public enum ArticleKind {
    POST("Post"),
    PAGE("Page");

    private final String label;

    ArticleKind(String label) {
        this.label = label;
    }

    /** What editors call it. */
    public String label() {
        return label;
    }
}
