package org.gazette.domain.text;

import java.util.regex.Pattern;

/**
 * The short text that stands for an article in listings, feeds and search results: the editor's
 * own when there is one, otherwise the opening of the body's prose, cut at a word boundary. Code
 * blocks are not prose: a summary of "select count(*) from article;" tells a reader nothing.
 */
public final class Summary {

    public static final int FALLBACK_LENGTH = 200;
    private static final int OPENING = 4 * 1024;
    private static final Pattern CODE_BLOCK = Pattern.compile("(?is)<pre\\b.*?</pre>");

    private Summary() {
    }

    public static String of(String editorsSummary, String bodyHtml) {
        if (editorsSummary != null && !editorsSummary.isBlank()) {
            return editorsSummary.strip();
        }
        String prose = bodyHtml == null ? "" : CODE_BLOCK.matcher(bodyHtml).replaceAll(" ");
        // The opening is all a summary needs; the whole body is read only when its opening holds too little text.
        String opening = prose.length() > OPENING ? PlainText.of(prose.substring(0, OPENING)) : "";
        String text = opening.length() > FALLBACK_LENGTH + 1 ? opening : PlainText.of(prose);
        if (text.length() <= FALLBACK_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FALLBACK_LENGTH);
        return text.substring(0, cut > 0 ? cut : FALLBACK_LENGTH).replaceAll("[\\s,;:.-]+$", "") + "…";
    }
}
