package org.gazette.domain.text;

/**
 * The short text that stands for an article in listings, feeds and search results: the editor's
 * own when there is one, otherwise the opening of the body cut at a word boundary.
 */
public final class Summary {

    public static final int FALLBACK_LENGTH = 200;

    private Summary() {
    }

    public static String of(String editorsSummary, String bodyHtml) {
        if (editorsSummary != null && !editorsSummary.isBlank()) {
            return editorsSummary.strip();
        }
        String text = PlainText.of(bodyHtml);
        if (text.length() <= FALLBACK_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FALLBACK_LENGTH);
        return text.substring(0, cut > 0 ? cut : FALLBACK_LENGTH).replaceAll("[\\s,;:.-]+$", "") + "…";
    }
}
