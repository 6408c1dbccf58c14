package org.gazette.feed.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordPressParagraphsTest {

    @Test
    void classicEditorTextGetsItsParagraphsAndLineBreaks() {
        assertEquals("<p>One line.</p>\n<p>Two<br>\nlines.</p>\n<pre><code>kept\n\nas it is</code></pre>",
                WordPressParagraphs.of("One line.\r\n\r\nTwo\nlines.\n\n<pre><code>kept\n\nas it is</code></pre>"));
    }

    @Test
    void contentWithParagraphsOrBlocksIsKept() {
        String blocks = "<!-- wp:paragraph -->\n<p>Block.</p>\n<!-- /wp:paragraph -->";
        assertEquals(blocks, WordPressParagraphs.of(blocks));
        assertEquals("<p>Already.</p>\n\n<p>Twice.</p>", WordPressParagraphs.of("<p>Already.</p>\n\n<p>Twice.</p>"));
    }
}
