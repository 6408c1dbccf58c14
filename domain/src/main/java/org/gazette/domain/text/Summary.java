package org.gazette.domain.text;

/**
 * The short text that stands for an article in listings, feeds and search results: the editor's
 * own when there is one, otherwise the opening of the body's prose, cut at a word boundary. Code
 * blocks are not prose: a summary of "select count(*) from article;" tells a reader nothing.
 */
public final class Summary {

    public static final int FALLBACK_LENGTH = 200;
    private static final int OPENING = 4 * 1024;

    private Summary() {
    }

    public static String of(String editorsSummary, String bodyHtml) {
        if (editorsSummary != null && !editorsSummary.isBlank()) {
            return editorsSummary.strip();
        }
        String html = bodyHtml == null ? "" : bodyHtml;
        // The opening is all a summary needs; the whole body is read only when its opening holds too little prose.
        String text = html.length() > OPENING ? prose(html.substring(0, OPENING)) : "";
        if (text.length() <= FALLBACK_LENGTH + 1) {
            text = prose(html);
        }
        if (text.length() <= FALLBACK_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FALLBACK_LENGTH);
        return text.substring(0, cut > 0 ? cut : FALLBACK_LENGTH).replaceAll("[\\s,;:.-]+$", "") + "…";
    }

    /** The text of sanitized HTML without its code blocks; a block cut off at the end is code to the end. */
    private static String prose(String html) {
        StringBuilder prose = new StringBuilder(html.length());
        int from = 0;
        while (from >= 0) {
            int open = html.indexOf("<pre", from);
            if (open < 0) {
                prose.append(html, from, html.length());
                break;
            }
            prose.append(html, from, open).append(' ');
            int close = html.indexOf("</pre>", open);
            from = close < 0 ? -1 : close + "</pre>".length();
        }
        return PlainText.of(prose.toString());
    }
}
