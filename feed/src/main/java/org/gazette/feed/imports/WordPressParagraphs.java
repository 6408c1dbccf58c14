package org.gazette.feed.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The paragraphs of a post written in WordPress's classic editor, which stores them as text with
 * blank lines between them and adds the {@code <p>} only when it shows the post (its
 * {@code wpautop}). Block-editor content and anything with paragraphs of its own is kept as it is.
 */
final class WordPressParagraphs {

    private static final Pattern PREFORMATTED = Pattern.compile("(?is)<pre\\b.*?</pre>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BLOCK_START = Pattern.compile("(?i)^<(h[1-6]|ul|ol|pre|blockquote|figure|table|div|hr|p)\\b.*", Pattern.DOTALL);

    private WordPressParagraphs() {
    }

    static String of(String content) {
        String text = content.replace("\r\n", "\n").strip();
        if (text.isEmpty() || text.contains("<!-- wp:") || text.matches("(?is).*<p[\\s>].*")) {
            return text;
        }
        // Preformatted text keeps its blank lines: paragraphs are made only between such blocks.
        List<String> parts = new ArrayList<>();
        Matcher preformatted = PREFORMATTED.matcher(text);
        int from = 0;
        while (preformatted.find()) {
            parts.add(paragraphs(text.substring(from, preformatted.start())));
            parts.add(preformatted.group());
            from = preformatted.end();
        }
        parts.add(paragraphs(text.substring(from)));
        return parts.stream().filter(part -> !part.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String paragraphs(String text) {
        return Arrays.stream(BLANK_LINES.split(text)).map(String::strip).filter(chunk -> !chunk.isEmpty())
                .map(chunk -> BLOCK_START.matcher(chunk).matches() ? chunk : "<p>" + chunk.replace("\n", "<br>\n") + "</p>")
                .collect(Collectors.joining("\n"));
    }
}
