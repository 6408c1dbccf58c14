package org.gazette.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An image the editor inserts renders as that image, whatever its alt text and address hold. */
class BodyFormatTest {

    @Test
    void anInsertedImageRendersWithItsAddressAndAltTextInBothFormats() {
        for (BodyFormat format : BodyFormat.values()) {
            String inserted = format.image("/media/0f0e/480/bench (old).png", "A [rough] bench\\ with \"quotes\" &\n<edges>");

            assertEquals("<p><img src=\"/media/0f0e/480/bench%20%28old%29.png\" alt=\"A [rough] bench\\ with &#34;quotes&#34; &amp; &lt;edges&gt;\" /></p>",
                    format.toSafeHtml((format == BodyFormat.MARKDOWN ? "Before.\n\n" : "<p>Before.</p>\n") + inserted).replaceFirst("^<p>Before.</p>\\s*", "").strip(), format.name());
        }
    }
}
