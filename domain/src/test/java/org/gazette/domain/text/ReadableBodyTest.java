package org.gazette.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.media.TestImages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReadableBodyTest {

    private static final Function<String, Optional<MediaAsset>> NO_LIBRARY = address -> Optional.empty();

    @Test
    void headingsGetStableUniqueIdsAndLinksToThemselves() {
        Document body = Jsoup.parseBodyFragment(readable(
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

        assertEquals(readable(html), readable(html));
    }

    @Test
    void codeKeepsItsWhitespaceAndNamesItsLanguage() {
        String code = "fn main() {\n    println!(\"  two spaces\");\n}\n";
        Document body = Jsoup.parseBodyFragment(readable(
                "<pre><code class=\"language-rust\">" + code.replace("\"", "&quot;") + "</code></pre><pre><code>plain</code></pre>"));

        Element labelled = body.select("pre").get(0);
        assertEquals("rust", labelled.attr("data-language"));
        assertEquals(code, labelled.selectFirst("code").wholeText());
        assertFalse(body.select("pre").get(1).hasAttr("data-language"));
        assertTrue(body.select("pre").stream().allMatch(pre -> "0".equals(pre.attr("tabindex"))), "scrollable by keyboard");
    }

    @Test
    void imagesLoadLazily() {
        Element image = Jsoup.parseBodyFragment(readable("<p><img src=\"/a.png\" alt=\"A\"></p>")).selectFirst("img");

        assertEquals("lazy", image.attr("loading"));
        assertEquals("A", image.attr("alt"));
    }

    @Test
    void libraryImagesOfferEveryWidthAndKeepTheirSpace() {
        MediaAsset asset = MediaAsset.of("harbour.png", TestImages.drawn(2000, 1000, "png"), "Boats", "ada", Instant.EPOCH).asset();
        String html = "<p><img src=\"" + asset.url() + "\" alt=\"Boats\"><img src=\"/elsewhere.png\" alt=\"Other\"></p>";

        List<Element> images = Jsoup.parseBodyFragment(ReadableBody.of(html,
                address -> address.equals(asset.url()) ? Optional.of(asset) : Optional.empty())).select("img");

        String widths = List.of(480, 960, 1600, 2000).stream()
                .map(width -> "/media/" + asset.id() + "/" + width + "/harbour.png " + width + "w").collect(Collectors.joining(", "));
        assertEquals(widths, images.get(0).attr("srcset"));
        assertEquals(ReadableBody.IMAGE_SIZES, images.get(0).attr("sizes"));
        assertEquals(List.of("2000", "1000"), List.of(images.get(0).attr("width"), images.get(0).attr("height")));
        assertFalse(images.get(1).hasAttr("srcset"), "an image from elsewhere has one size");
    }

    private static String readable(String html) {
        return ReadableBody.of(html, NO_LIBRARY);
    }
}
