package org.gazette.domain.article;

import org.gazette.domain.text.HtmlPolicy;
import org.gazette.domain.text.MarkdownRenderer;

/** The language an article's body is written in; both end up as sanitized HTML. */
public enum BodyFormat {
    MARKDOWN("Markdown"),
    HTML("HTML");

    private final String label;

    BodyFormat(String label) {
        this.label = label;
    }

    /** The format's name as writers know it. */
    public String label() {
        return label;
    }

    /** The body as readers get it: rendered when it is Markdown, and always through the one HTML policy. */
    public String toSafeHtml(String source) {
        String text = source == null ? "" : source;
        return HtmlPolicy.sanitize(this == MARKDOWN ? MarkdownRenderer.toHtml(text) : text);
    }

    /**
     * An image as a paragraph of its own, written in this format: what the editor inserts for a
     * library image. Punctuation in the alt text and spaces or parentheses in the address are
     * escaped, so no text can end the image early or turn into markup.
     */
    public String image(String address, String alt) {
        String described = alt == null ? "" : alt.strip().replaceAll("\\s+", " ");
        if (this == MARKDOWN) {
            return "![" + described.replaceAll("(\\p{Punct})", "\\\\$1") + "](<" + address.replace("<", "%3C").replace(">", "%3E") + ">)";
        }
        return "<p><img src=\"" + attribute(address) + "\" alt=\"" + attribute(described) + "\"></p>";
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
