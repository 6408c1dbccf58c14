package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.gazette.application.SampleSite;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an article page tells readers, search engines and social networks, on the sample site. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticlePageIT {

    private static final String AUTHOR_PAGE = "/authors/gazette-editorial-team";

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @Test
    void theHeadDescribesTheArticleForSearchAndSharing() throws Exception {
        SampleArticles sample = SampleArticles.withCode();
        String url = Gazette.PUBLIC_URL + "/" + sample.slug();

        Document page = page("/" + sample.slug());

        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(sample.title(), page.title().substring(0, page.title().indexOf(" · ")));
        assertEquals(sample.summary(), meta(page, "name", "description"));
        assertEquals(url, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", meta(page, "property", "og:type"));
        assertEquals(sample.title(), meta(page, "property", "og:title"));
        assertEquals(sample.summary(), meta(page, "property", "og:description"));
        assertEquals(url, meta(page, "property", "og:url"));
        String image = meta(page, "property", "og:image");
        assertEquals(Gazette.PUBLIC_URL + sample.cover(), image, "the cover of the source, as an absolute address");
        assertEquals(publishedInTheFeed(sample), Instant.parse(meta(page, "property", "article:published_time")));
        assertEquals(sample.tags(), page.select("meta[property=\"article:tag\"]").eachAttr("content"));
        assertEquals("summary_large_image", meta(page, "name", "twitter:card"));
        assertEquals(image, meta(page, "name", "twitter:image"));
        String icon = page.selectFirst("link[rel=icon]").attr("href");
        assertEquals(200, Gazette.get(icon).statusCode(), icon);
    }

    @Test
    void structuredDataNamesTheArticleItsAuthorAndDates() throws Exception {
        SampleArticles sample = SampleArticles.newestFirst().get(0);
        Document page = page("/" + sample.slug());

        Element script = page.selectFirst("script[type=\"application/ld+json\"]");
        assertNotNull(script, "JSON-LD");
        JsonObject posting = Json.createReader(new StringReader(script.data())).readObject();

        assertEquals("https://schema.org", posting.getString("@context"));
        assertEquals("BlogPosting", posting.getString("@type"));
        assertEquals(sample.title(), posting.getString("headline"));
        assertEquals(sample.summary(), posting.getString("description"));
        assertEquals(Gazette.PUBLIC_URL + "/" + sample.slug(), posting.getString("url"));
        assertEquals(publishedInTheFeed(sample), Instant.parse(posting.getString("datePublished")));
        assertEquals("Person", posting.getJsonObject("author").getString("@type"));
        assertEquals(SampleSite.AUTHOR, posting.getJsonObject("author").getString("name"));
        assertEquals(Gazette.PUBLIC_URL + AUTHOR_PAGE, posting.getJsonObject("author").getString("url"));
    }

    @Test
    void headingsCarryAnchorsAndCodeNamesItsLanguage() throws Exception {
        SampleArticles sample = SampleArticles.withCode();
        Document page = page("/" + sample.slug());
        SampleArticles sectioned = SampleArticles.newestFirst().stream()
                .filter(candidate -> candidate.markdown().contains("\n## ")).findFirst().orElseThrow();

        List<Element> headings = page("/" + sectioned.slug()).select("article .body h2, article .body h3");
        assertFalse(headings.isEmpty(), "the sample has sections");
        for (Element heading : headings) {
            assertFalse(heading.id().isBlank(), heading.text());
            assertEquals("#" + heading.id(), heading.selectFirst("a.anchor").attr("href"));
        }
        assertEquals(headings.size(), headings.stream().map(Element::id).distinct().count(), "ids are unique");
        assertEquals(sample.firstCodeLanguage(), page.selectFirst("article pre").attr("data-language"));
        assertNotNull(page.selectFirst("script[src^=\"/assets/code.\"][defer]"), "the highlighter is loaded, deferred");
        assertNull(page("/" + SampleArticles.withoutCode().slug()).selectFirst("script[src^=\"/assets/code.\"]"),
                "pages without code load no script at all");
    }

    @Test
    void theCoverShowsItsAltTextAndCaptionAndTheAuthorIsCredited() throws Exception {
        SampleArticles sample = SampleArticles.withCaption();
        Document page = page("/" + sample.slug());

        assertEquals(sample.coverAlt().orElseThrow(), page.selectFirst("figure.cover img").attr("alt"));
        assertEquals(sample.coverCaption().orElseThrow(), page.selectFirst("figure.cover figcaption").text());
        assertEquals(AUTHOR_PAGE, page.selectFirst(".byline a[rel=author]").attr("href"));
        assertEquals(AUTHOR_PAGE, page.selectFirst("article .author-card a").attr("href"));
        assertEquals(SampleSite.AUTHOR, page.selectFirst("article .author-card a").text());
    }

    @Test
    void previousAndNextFollowThePublicationOrderOfTheArchive() throws Exception {
        String newestYear = page("/archive").selectFirst("section.archive-year h2 a").attr("href");
        List<String> newestFirst = page(newestYear).select(".archive-list a").eachAttr("href");
        assertTrue(newestFirst.size() >= 3, newestFirst.toString());
        int walked = Math.min(newestFirst.size() - 1, 12);

        for (int i = 0; i < walked; i++) {
            Document article = page(newestFirst.get(i));
            Element next = article.selectFirst("nav.neighbours a[rel=next]");
            Element previous = article.selectFirst("nav.neighbours a[rel=prev]");
            assertEquals(i == 0 ? null : newestFirst.get(i - 1), next == null ? null : next.attr("href"),
                    "the newest article has no next one; the others the one above them: " + newestFirst.get(i));
            assertEquals(newestFirst.get(i + 1), previous == null ? null : previous.attr("href"), newestFirst.get(i));
        }
    }

    @Test
    void theArchiveListsTheYearsAndEachYearItsOwnArticles() throws Exception {
        Document archive = page("/archive");

        List<Integer> years = archive.select("section.archive-year h2 a").eachText().stream().map(Integer::valueOf).toList();
        assertEquals(years.stream().sorted((a, b) -> b - a).toList(), years, "newest year first");
        List<String> listed = new ArrayList<>();
        for (int year : years.subList(0, Math.min(3, years.size()))) {
            Document page = page("/archive/" + year);
            for (String published : page.select(".archive-list time").eachAttr("datetime")) {
                assertEquals(year, Instant.parse(published).atZone(ZoneOffset.UTC).getYear(), published);
            }
            listed.addAll(page.select(".archive-list a").eachText());
        }
        SampleArticles.newestFirst().forEach(sample -> assertTrue(listed.contains(sample.title()), sample.title()));
    }

    /** When the author's RSS feed, which the feed module renders its own way, says the article was published. */
    private static Instant publishedInTheFeed(SampleArticles sample) throws Exception {
        Document feed = Jsoup.parse(Gazette.get("/feed" + AUTHOR_PAGE + "/rss.xml").body(), Parser.xmlParser());
        return feed.select("item").stream()
                .filter(item -> item.selectFirst("link").text().equals(Gazette.PUBLIC_URL + "/" + sample.slug())).findFirst()
                .map(item -> ZonedDateTime.parse(item.selectFirst("pubDate").text(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .orElseThrow(() -> new AssertionError(sample.slug() + " is not in its author's feed"));
    }

    private static Document page(String path) throws Exception {
        var response = Gazette.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=\"" + name + "\"]");
        assertNotNull(meta, name);
        return meta.attr("content");
    }
}
