package org.gazette.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReadableBodyTest {

    @Test
    void headingsGetStableUniqueIdsAndLinksToThemselves() {
        Document body = Jsoup.parseBodyFragment(ReadableBody.of(
                "<h2>Getting started</h2><p>x</p><h3>Getting started</h3><h2>Überblick &amp; Ziele</h2><h2>!!!</h2><h2>Content</h2>"));

        assertEquals(List.of("getting-started", "getting-started-2", "uberblick-ziele", "section", "content-2"),
                body.select("h2, h3").eachAttr("id"));
        for (Element heading : body.select("h2, h3")) {
            assertEquals("#" + heading.id(), heading.selectFirst("a.anchor").attr("href"));
        }
    }

    @Test
    void theSameBodyGetsTheSameIds() {
        String html = "<h2>One</h2><h2>Two</h2>";

        assertEquals(ReadableBody.of(html), ReadableBody.of(html));
    }

    @Test
    void codeKeepsItsWhitespaceAndNamesItsLanguage() {
        String code = "fn main() {\n    println!(\"  two spaces\");\n}\n";
        Document body = Jsoup.parseBodyFragment(ReadableBody.of(
                "<pre><code class=\"language-rust\">" + code.replace("\"", "&quot;") + "</code></pre><pre><code>plain</code></pre>"));

        Element labelled = body.select("pre").get(0);
        assertEquals("rust", labelled.attr("data-language"));
        assertEquals(code, labelled.selectFirst("code").wholeText());
        assertFalse(body.select("pre").get(1).hasAttr("data-language"));
        assertTrue(body.select("pre").stream().allMatch(pre -> "0".equals(pre.attr("tabindex"))), "scrollable by keyboard");
    }

    @Test
    void imagesLoadLazily() {
        Element image = Jsoup.parseBodyFragment(ReadableBody.of("<p><img src=\"/a.png\" alt=\"A\"></p>")).selectFirst("img");

        assertEquals("lazy", image.attr("loading"));
        assertEquals("A", image.attr("alt"));
    }
}
