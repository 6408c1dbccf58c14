package org.gazette.domain.text;

import java.util.Objects;

/**
 * HTML that has been through the one sanitizer policy. A SafeHtml that exists is safe to store and
 * to serve, so what was sanitized once need not be sanitized again.
 */
public final class SafeHtml {

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    /** Untrusted HTML, from an editor or a feed, made safe. */
    public static SafeHtml of(String untrusted) {
        return new SafeHtml(HtmlPolicy.sanitize(untrusted));
    }

    /** The same HTML without the white space around it, which cannot make it unsafe. */
    public SafeHtml strip() {
        return new SafeHtml(html.strip());
    }

    public String html() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml safe && safe.html.equals(html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
