package org.gazette.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading time, summaries, the one sanitizer policy and absolute links. */
class TextRulesTest {

    private static String words(int count) {
        return "<p>" + "word ".repeat(count) + "</p>";
    }

    @Test
    void readingTimeIsWholeMinutesAtTechnicalPaceAndNeverZero() {
        assertEquals(1, ReadingTime.ofHtml("").minutes());
        assertEquals(1, ReadingTime.ofHtml(words(ReadingTime.WORDS_PER_MINUTE)).minutes());
        assertEquals(2, ReadingTime.ofHtml(words(ReadingTime.WORDS_PER_MINUTE + 1)).minutes());
        assertEquals(1, ReadingTime.ofHtml("<div><span><em><strong>" + words(10) + "</strong></em></span></div>").minutes());
    }

    @Test
    void textFieldsKeepTheWordsOfMarkupButNoTagEvenWhenTheMarkupWasEscapedOnceMore() {
        assertEquals("Hello world", PlainText.withoutMarkup("Hello <img src=x onerror=alert(1)>world"));
        assertEquals("A bold summary.", PlainText.withoutMarkup("<script>alert(1)</script>A <b>bold</b> summary."));
        assertFalse(PlainText.withoutMarkup("<b>Hi</b> &lt;img src=x onerror=alert(1)&gt;").matches("(?s).*<[A-Za-z/!?].*"));
        assertFalse(PlainText.withoutMarkup("<i>x</i>" + "&amp;".repeat(1) + "amp;amp;amp;amp;amp;lt;script&gt;").matches("(?s).*<[A-Za-z/!?].*"));
        assertEquals("a < b & c", PlainText.withoutMarkup(" a < b & c "), "text that only looks like arithmetic stays");
        assertEquals("&lt;b&gt; as written", PlainText.withoutMarkup("&lt;b&gt; as written"), "escapes without tags are words");
    }

    @Test
    void theEditorsSummaryWins() {
        assertEquals("Mine.", Summary.of("  Mine. ", words(500)));
    }

    @Test
    void withoutASummaryTheOpeningOfTheBodyStandsInCutAtAWord() {
        String summary = Summary.of(" ", "<h2>Intro</h2><p>" + "lorem ipsum ".repeat(50) + "</p>");

        assertTrue(summary.startsWith("Intro lorem ipsum"), summary);
        assertTrue(summary.endsWith("…"), summary);
        assertTrue(summary.length() <= Summary.FALLBACK_LENGTH + 1, summary);
        assertFalse(summary.contains("<"), summary);
        assertEquals("Short & sweet", Summary.of(null, "<p>Short &amp; sweet</p>"));
    }

    @Test
    void aSummaryIsProseAndLeavesCodeBlocksOutHoweverLongTheBody() {
        String code = "<pre><code>select count(*) from article;</code></pre>";
        assertEquals("Before the code. After the code.", Summary.of(null, "<p>Before the code.</p>" + code + "<p>After the code.</p>"));

        String longBody = "<p>Opening words.</p>" + code + words(2_000);
        assertTrue(Summary.of(null, longBody).startsWith("Opening words. word word"), Summary.of(null, longBody));
        assertFalse(Summary.of(null, longBody).contains("select"));

        String longCode = "<p>Intro.</p><pre><code>" + "x = 1;\n".repeat(1_000) + "</code></pre><p>" + "after ".repeat(50) + "</p>";
        String summary = Summary.of(null, longCode);
        assertTrue(summary.startsWith("Intro. after after"), "a code block longer than the opening is still code: " + summary);
        assertFalse(summary.contains("x = 1"), summary);
    }

    @Test
    void wordsAreCountedAcrossMarkupAndNotInIt() {
        assertEquals(3, PlainText.wordCount("<p>one <em>two</em></p><p class=\"x y z\">three</p>"));
        assertEquals(0, PlainText.wordCount("<br/><hr>"));
    }

    @Test
    void thePolicyKeepsWhatTechnicalWritingNeeds() {
        String html = "<h2 id=\"setup\">Setup</h2><ul><li>one</li></ul><blockquote>quote</blockquote>"
                + "<p><a href=\"https://example.org/a\">link</a><img src=\"https://example.org/i.png\" alt=\"diagram\"></p>"
                + "<pre><code class=\"language-java\">a  b</code></pre><table><tr><td>1</td></tr></table>";

        String kept = HtmlPolicy.sanitize(html);

        for (String part : new String[] {"<h2>Setup</h2>", "<li>one</li>", "<blockquote>", "href=\"https://example.org/a\"",
            "src=\"https://example.org/i.png\"", "alt=\"diagram\"", "<code class=\"language-java\">a  b</code>", "<td>1</td>"}) {
            assertTrue(kept.contains(part), part + " in " + kept);
        }
        assertFalse(kept.contains("nofollow"), "the editors' own links are followed");
    }

    @Test
    void thePolicyDropsEverythingThatRunsOrRestyles() {
        String hostile = "<script>alert(1)</script><style>p{}</style><iframe src=\"https://evil.example\"></iframe>"
                + "<p onclick=\"steal()\" style=\"position:fixed\">text</p><a href=\"javascript:alert(1)\">x</a>"
                + "<img src=\"x\" onerror=\"steal()\"><code class=\"evil\">c</code>";

        String clean = HtmlPolicy.sanitize(hostile);

        for (String gone : new String[] {"script", "style", "iframe", "onclick", "onerror", "javascript", "evil"}) {
            assertFalse(clean.contains(gone), gone + " in " + clean);
        }
        assertTrue(clean.contains("text"), clean);
    }

    @Test
    void linksAndSourcesBecomeAbsoluteAndKeepTheirEscaping() {
        String html = HtmlPolicy.sanitize("<p><a href=\"/docs?a=1&amp;b=2\">d</a><img src=\"img/x.png\" alt=\"x\">"
                + "<a href=\"#top\">top</a><a href=\"https://other.example/\">o</a></p>");

        String absolute = AbsoluteLinks.resolve(html, "https://example.org");

        assertTrue(absolute.contains("href=\"https://example.org/docs?a&#61;1&amp;b&#61;2\"")
                || absolute.contains("href=\"https://example.org/docs?a=1&amp;b=2\""), absolute);
        assertTrue(absolute.contains("src=\"https://example.org/img/x.png\""), absolute);
        assertTrue(absolute.contains("href=\"#top\""), absolute);
        assertTrue(absolute.contains("href=\"https://other.example/\""), absolute);
        assertEquals("https://example.org/static/c.png", AbsoluteLinks.url("/static/c.png", "https://example.org"));
    }
}
