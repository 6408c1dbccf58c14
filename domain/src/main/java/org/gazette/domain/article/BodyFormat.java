package org.gazette.domain.article;

/** The language an article's body is written in; both end up as sanitized HTML. */
public enum BodyFormat {
    MARKDOWN,
    HTML
}
