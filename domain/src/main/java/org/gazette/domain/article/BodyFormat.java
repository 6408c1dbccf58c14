package org.gazette.domain.article;

import org.gazette.domain.text.HtmlPolicy;
import org.gazette.domain.text.MarkdownRenderer;

/** The language an article's body is written in; both end up as sanitized HTML. */
public enum BodyFormat {
    MARKDOWN,
    HTML;

    /** The body as readers get it: rendered when it is Markdown, and always through the one HTML policy. */
    public String toSafeHtml(String source) {
        String text = source == null ? "" : source;
        return HtmlPolicy.sanitize(this == MARKDOWN ? MarkdownRenderer.toHtml(text) : text);
    }
}
