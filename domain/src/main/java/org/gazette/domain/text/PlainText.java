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
    /** The start of a tag, a comment or a declaration, as an HTML parser reads one. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");
    private static final int MOST_LAYERS = 5;

    private PlainText() {
    }

    /**
     * Text typed or imported where markup has no place (titles, summaries, names): tags go, their
     * text stays. Feed readers decode titles and descriptions as HTML, so markup kept there would
     * run in readers' hands. Markup escaped once more is markup again once the outer layer is read,
     * so layers come off until none is left; what still looks like a tag after that many loses its
     * opening bracket.
     */
    public static String withoutMarkup(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip();
        for (int layer = 0; layer < MOST_LAYERS && MARKUP.matcher(plain).find(); layer++) {
            plain = of(plain);
        }
        return MARKUP.matcher(plain).find() ? plain.replace('<', '\u2039') : plain;
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
