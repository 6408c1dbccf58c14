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

    /** Counts words the quick way, in one pass: the text is only counted, never shown, so markup need not be parsed, only skipped. */
    public static int wordCount(String html) {
        String text = html == null ? "" : html;
        int words = 0;
        boolean inTag = false;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>') {
                inTag = c == '<';
                inWord = false;
            } else if (!inTag) {
                boolean space = Character.isWhitespace(c);
                words += !space && !inWord ? 1 : 0;
                inWord = !space;
            }
        }
        return words;
    }
}
