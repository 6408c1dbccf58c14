package org.gazette.domain.text;

import java.util.regex.Pattern;

import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** The words of an HTML fragment without its markup, for counting and for summaries. */
public final class PlainText {

    private static final PolicyFactory NO_ELEMENTS = new HtmlPolicyBuilder().toFactory();
    private static final Pattern BLOCK_BOUNDARY = Pattern.compile("(?i)</?(p|div|h[1-6]|li|pre|blockquote|br|tr|td|th)\\b[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String of(String html) {
        String spaced = BLOCK_BOUNDARY.matcher(html == null ? "" : html).replaceAll(" ");
        String text = Encoding.decodeHtml(NO_ELEMENTS.sanitize(spaced));
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    public static int wordCount(String html) {
        String text = of(html);
        return text.isEmpty() ? 0 : WHITESPACE.split(text).length;
    }
}
