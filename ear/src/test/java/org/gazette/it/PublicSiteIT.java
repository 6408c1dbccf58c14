package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

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

/** A reader on the public site of a freshly started installation with its sample content. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteIT {

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @Test
    void theHomePageListsTheNewestArticlesAsTheFeedDoes() throws Exception {
        HttpResponse<String> home = Gazette.get("/");

        assertEquals(200, home.statusCode());
        Document page = Jsoup.parse(home.body());
        List<String> titles = page.select("article.teaser h2 a").eachText();
        List<String> newestInTheFeed = Jsoup.parse(Gazette.get("/feed/rss.xml").body(), "", Parser.xmlParser()).select("item > title").eachText();
        assertFalse(titles.isEmpty());
        assertEquals(newestInTheFeed.subList(0, titles.size()), titles, "the feed module's own query agrees on what is newest");
        List<Instant> dates = page.select("article.teaser time").eachAttr("datetime").stream().map(Instant::parse).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i - 1).isBefore(dates.get(i)), "newest first: " + dates);
        }
    }

    @Test
    void olderArticlesComeAPageAtATimeAndNewerLinksLeadBack() throws Exception {
        Document first = Jsoup.parse(Gazette.get("/").body());
        assertNull(first.selectFirst("nav.pagination a[rel=prev]"), "the first page has nothing newer");
        Element older = first.selectFirst("nav.pagination a[rel=next]");
        if (older == null) {
            assertEquals(0, first.select("nav.pagination").size(), "no empty navigation on a single page");
            return;
        }
        List<String> seen = new ArrayList<>(first.select("article.teaser h2 a").eachAttr("href"));
        Document second = Jsoup.parse(Gazette.get(older.attr("href")).body());
        List<String> secondPage = second.select("article.teaser h2 a").eachAttr("href");
        secondPage.forEach(path -> assertFalse(seen.contains(path), "on both pages: " + path));
        assertEquals("/", second.selectFirst("nav.pagination a[rel=prev]").attr("href"), "the second page leads back to the first");
        assertEquals(Gazette.PUBLIC_URL + older.attr("href"), second.selectFirst("link[rel=canonical]").attr("href"));
        HttpResponse<String> numbered = Gazette.get("/?page=2");
        assertEquals(301, numbered.statusCode(), "old numbered pages start again from the newest");
        assertEquals("/", numbered.headers().firstValue("Location").map(location -> URI.create(location).getPath()).orElse(""));
        assertEquals(404, Gazette.get("/?before=no-such-article").statusCode());
    }

    @Test
    void everyPageNamesItsFeedsForAutodiscovery() throws Exception {
        Document page = Jsoup.parse(Gazette.get("/").body());

        assertEquals(List.of(Gazette.PUBLIC_URL + "/feed/rss.xml", Gazette.PUBLIC_URL + "/feed/atom.xml", Gazette.PUBLIC_URL + "/feed/feed.json"),
                page.select("link[rel=alternate]").eachAttr("href"));
    }

    @Test
    void everyArticleHasItsOwnPageAtItsSlug() throws Exception {
        for (SampleArticles sample : SampleArticles.newestFirst()) {
            HttpResponse<String> response = Gazette.get("/" + sample.slug());

            assertEquals(200, response.statusCode(), sample.slug());
            Document page = Jsoup.parse(response.body());
            assertEquals(sample.title(), page.selectFirst("article h1").text());
            assertEquals(sample.tags(), page.select("article .tags li").eachText());
            for (Element tag : page.select("article .tags a")) {
                assertEquals(200, Gazette.get(tag.attr("href")).statusCode(), tag.attr("href"));
            }
            assertEquals(Gazette.PUBLIC_URL + "/" + sample.slug(), page.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void aCodeBlockKeepsItsTextToTheCharacter() throws Exception {
        SampleArticles withCode = SampleArticles.newestFirst().stream()
                .filter(sample -> sample.markdown().contains("```")).findFirst().orElseThrow();

        Document page = Jsoup.parse(Gazette.get("/" + withCode.slug()).body());

        Element code = page.selectFirst("article pre > code");
        assertNotNull(code, "a code block on /" + withCode.slug());
        assertEquals(withCode.firstCodeBlock(), code.wholeText());
    }

    @Test
    void tagAndAuthorPagesListTheirPublicArticles() throws Exception {
        SampleArticles newest = SampleArticles.newestFirst().get(0);
        String tag = newest.tags().get(0);

        Document tagPage = Jsoup.parse(Gazette.get("/tags/" + tag.toLowerCase().replace(' ', '-')).body());
        Document authorPage = Jsoup.parse(Gazette.get("/authors/gazette-editorial-team").body());

        assertEquals("Articles tagged " + tag, tagPage.selectFirst("h1").text());
        List<String> tagged = tagPage.select("article.teaser h2 a").eachText();
        SampleArticles.newestFirst().stream().filter(sample -> sample.tags().contains(tag))
                .forEach(sample -> assertTrue(tagged.contains(sample.title()), sample.title()));
        SampleArticles.newestFirst().stream().filter(sample -> !sample.tags().contains(tag))
                .forEach(sample -> assertFalse(tagged.contains(sample.title()), sample.title()));
        assertTrue(authorPage.select("article.teaser h2 a").eachText().containsAll(
                SampleArticles.newestFirst().stream().map(SampleArticles::title).toList()));
        assertEquals(404, Gazette.get("/tags/no-such-tag").statusCode());
        assertEquals(404, Gazette.get("/authors/nobody-at-all").statusCode());
    }

    @Test
    void pagesComeFromTheCacheWithValidatorsAndGzip() throws Exception {
        String path = "/" + SampleArticles.newestFirst().get(0).slug();
        HttpResponse<byte[]> page = bytes(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + path)));
        String etag = page.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = bytes(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + path)).header("If-None-Match", etag));
        HttpResponse<byte[]> compressed = bytes(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + path)).header("Accept-Encoding", "gzip"));

        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertArrayEquals(page.body(), unzipped.readAllBytes());
        }
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws Exception {
        return Gazette.client(false).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyRouteAnswersWithItsStatus() throws Exception {
        SampleArticles sample = SampleArticles.newestFirst().get(0);
        String tag = "/tags/" + sample.tags().get(0).toLowerCase().replace(' ', '-');
        for (String path : List.of("/", "/archive", "/" + sample.slug(), tag, "/authors/gazette-editorial-team",
                "/robots.txt", "/feed/rss.xml", "/feed/atom.xml", "/feed/feed.json", "/feed/sitemap.xml", "/feed" + tag + "/rss.xml")) {
            assertEquals(200, Gazette.get(path).statusCode(), path);
        }
        assertEquals(301, Gazette.get("/rss.xml").statusCode());
        for (String path : List.of("/no-such-article", "/tags/no-such-tag", "/assets/site.0000000000.css", "/archive/1999",
                "/index.xhtml", "/article.xhtml", "/archive.xhtml", "/tags.xhtml")) {
            assertEquals(404, Gazette.get(path).statusCode(), path);
        }
    }

    /** WordPress and Ghost end their addresses with a slash; here the address without it is the one, and the other leads there. */
    @Test
    void anAddressWithATrailingSlashLeadsToTheOneWithout() throws Exception {
        SampleArticles sample = SampleArticles.newestFirst().get(0);
        String tag = "/tags/" + sample.tags().get(0).toLowerCase().replace(' ', '-');
        for (String path : List.of("/" + sample.slug(), tag, "/authors/gazette-editorial-team", "/archive", "/archive/2025")) {
            HttpResponse<String> slashed = Gazette.get(path + "/?utm_source=elsewhere");

            assertEquals(301, slashed.statusCode(), path + "/");
            assertEquals(path + "?utm_source=elsewhere", slashed.headers().firstValue("Location").orElse(""), path + "/");
        }
        assertEquals(200, Gazette.get("/health/").statusCode(), "the server's own endpoints keep their slash");
        assertEquals("/no-such-article", Gazette.get("/no-such-article/").headers().firstValue("Location").orElse(""));
        assertEquals(404, Gazette.get("/no-such-article").statusCode(), "and an unknown address is still unknown without its slash");
    }

    @Test
    void staticFilesHaveFingerprintedAddressesAndAreCachedForAYear() throws Exception {
        Document home = Jsoup.parse(Gazette.get("/").body());
        String stylesheet = home.selectFirst("link[rel=stylesheet]").attr("href");

        assertTrue(stylesheet.matches("/assets/site\\.[\\w-]{12}\\.css"), stylesheet);
        HttpResponse<String> css = Gazette.get(stylesheet);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals("public, max-age=31536000, immutable", css.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(css.body().contains("prefers-color-scheme: dark"), "the site's own style sheet");
        assertEquals(404, Gazette.get(stylesheet.replaceAll("\\.[\\w-]{12}\\.", ".aaaaaaaaaaaa.")).statusCode(), "an outdated address");
    }

    @Test
    void anUnknownSlugGetsARealNotFoundPage() throws Exception {
        for (String path : List.of("/no-such-article", "/Not-A-Slug", "/%E2%9C%93-unknown")) {
            HttpResponse<String> response = Gazette.get(path);

            assertEquals(404, response.statusCode(), path);
            assertEquals("Page not found", Jsoup.parse(response.body()).selectFirst("h1").text(), path);
        }
    }

    @Test
    void anonymousReadersGetNoSessionCookie() throws Exception {
        for (String path : List.of("/", "/" + SampleArticles.newestFirst().get(0).slug(), "/no-such-article", "/feed/rss.xml")) {
            HttpResponse<String> response = Gazette.get(path);

            assertFalse(response.headers().firstValue("Set-Cookie").isPresent(), path + " set a cookie");
            assertFalse(response.body().contains("jakarta.faces.ViewState"), path + " carries Faces view state");
        }
    }

    @Test
    void theStartupLogNamesTheDatabaseTheSiteAndHowToLogIn() throws Exception {
        String log = Gazette.serverLogText();
        String lastStart = log.substring(log.lastIndexOf("Gazette database: "));

        assertTrue(lastStart.startsWith("Gazette database: " + Gazette.DATABASE), lastStart.lines().findFirst().orElse(""));
        assertTrue(lastStart.contains("Gazette site: " + Gazette.PUBLIC_URL + "/"), "site line");
        assertTrue(log.contains("Gazette admin: " + Gazette.PUBLIC_URL + "/admin/ - log in as 'admin'"), "login line");
        String database = lastStart.lines().findFirst().orElseThrow();
        assertTrue(database.length() < 200 && !database.contains(";") && !database.contains("?"), "short, without driver parameters: " + database);
        String ready = lastStart.lines().filter(line -> line.contains("GAZETTE-1002 Gazette ")).findFirst()
                .orElseThrow(() -> new AssertionError("no ready line after the start: " + lastStart));
        assertTrue(ready.matches(".*GAZETTE-1002 Gazette \\d+\\.\\d+\\.\\d+\\S* is ready: .*"), "the version, from the packaged EAR: " + ready);
        assertTrue(ready.matches(".*/; (one of \\d+ member\\(s\\) of the data grid '[^']+'|alone, without a data grid); settings .*"),
                "which servers it works with: " + ready);
        assertTrue(ready.contains(Gazette.DATABASE) && ready.contains("; site " + Gazette.PUBLIC_URL + "/;"), ready);
        assertTrue(ready.contains("GAZETTE_BASE_URL=" + Gazette.PUBLIC_URL) && ready.contains("GAZETTE_ADMIN_PASSWORD=(set)"), ready);
        assertFalse(ready.contains(Gazette.ADMIN_PASSWORD), "never a secret");
        assertEquals(Gazette.DATABASE.equals("H2"), lastStart.contains("GAZETTE-1003"),
                "embedded H2 behind the public " + Gazette.PUBLIC_URL + " is warned of, PostgreSQL is not: " + lastStart);
    }
}
