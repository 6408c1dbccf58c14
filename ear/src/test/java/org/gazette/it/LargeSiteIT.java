package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A site of thousands of articles, imported the way a migrating publisher would: the archive and the
 * sitemap stay within their limits, a document many readers miss at once is rendered once, paths
 * that name nothing are not kept, a publish drops only what it changes, and an import cut off by a
 * crash keeps what it wrote and finishes when sent again, while everything published before the
 * crash comes back with it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LargeSiteIT {

    /** Items 0 to 2,999 of the generated site, published hourly back from the last day of 2019. */
    private static final int ARTICLES = 3_000;
    private static final int PART_SIZE = Integer.getInteger("gazette.test.sitemap.part.size", 1_000);
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @BeforeAll
    static void importTheLargeSite() throws Exception {
        HttpResponse<String> imported = Gazette.importAsAdmin(GeneratedFeed.rss(0, ARTICLES));
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject report = json(imported.body());
        assertEquals(ARTICLES, report.getInt("created") + report.getInt("unchanged"), imported.body());
    }

    @Test
    void theSiteArchiveHoldsEveryArticleOnceThoughTheExportReadsThemInSteps() throws Exception {
        HttpResponse<byte[]> answer = SiteArchives.export(false);

        assertEquals(200, answer.statusCode());
        List<JsonObject> articles = SiteArchives.document(SiteArchives.entries(answer.body())).getJsonArray("articles")
                .getValuesAs(JsonObject.class);
        assertEquals(articles.size(), articles.stream().map(article -> article.getString("id")).distinct().count(), "no article twice");
        Set<String> generated = new HashSet<>();
        articles.stream().map(article -> article.getString("guid")).filter(guid -> guid.startsWith("urn:gazette:generated:"))
                .map(guid -> Integer.parseInt(guid.substring("urn:gazette:generated:".length()))).filter(n -> n < ARTICLES)
                .forEach(n -> generated.add(GeneratedFeed.slug(n)));
        assertEquals(ARTICLES, generated.size(), "all " + ARTICLES + " generated articles, many steps of 200");
    }

    @Test
    void theArchiveListsYearsWithMonthsAndAYearAPageAtATime() throws Exception {
        Document index = page("/archive");
        long in2019 = count(index.selectFirst("#year-2019 .count"));
        assertTrue(in2019 >= ARTICLES, "every generated article appeared in 2019: " + in2019);
        Element october = index.select(".archive-months a[href=/archive/2019/10]").first();
        assertNotNull(october, "October 2019 is listed: " + index.select(".archive-months").text());

        Set<String> walked = new HashSet<>();
        String next = "/archive/2019";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = Gazette.get(next);
            assertEquals(200, response.statusCode(), next);
            assertTrue(response.body().getBytes(StandardCharsets.UTF_8).length < 200 * 1024, "under 200 KB: " + next);
            Document year = Jsoup.parse(response.body());
            List<String> listed = year.select(".archive-list a").eachAttr("href");
            assertTrue(listed.size() <= 200, next);
            listed.forEach(path -> assertTrue(walked.add(path), "listed twice: " + path));
            Element older = year.selectFirst("nav.pagination a[rel=next]");
            next = older == null ? null : older.attr("href");
            pages++;
        }
        assertEquals(in2019, walked.size(), "the pages of 2019 list every article of 2019 once");
        assertTrue(pages >= ARTICLES / 200, "a page at a time: " + pages);
        assertTrue(walked.contains("/" + GeneratedFeed.slug(0)) && walked.contains("/" + GeneratedFeed.slug(ARTICLES - 1)));

        Document month = page(october.attr("href"));
        assertEquals("Archive of October 2019", month.selectFirst("h1").text());
        month.select(".archive-list time").eachAttr("datetime")
                .forEach(time -> assertTrue(time.startsWith("2019-10-"), "only October: " + time));
        assertEquals(404, Gazette.get("/archive/1875").statusCode());
        assertEquals(404, Gazette.get("/archive/2019/13").statusCode());
    }

    @Test
    void theSitemapIsAnIndexOfPartsWithinTheProtocolsLimits() throws Exception {
        Document index = xml("/feed/sitemap.xml");
        assertEquals("sitemapindex", index.child(0).tagName());
        List<String> parts = index.select("sitemap > loc").eachText();
        assertEquals(Gazette.PUBLIC_URL + "/feed/sitemaps/pages.xml", parts.get(0));

        Set<String> articles = new HashSet<>();
        for (String part : parts.subList(1, parts.size())) {
            HttpResponse<String> response = Gazette.get(URI.create(part).getPath());
            assertEquals(200, response.statusCode(), part);
            assertTrue(response.body().getBytes(StandardCharsets.UTF_8).length < 50 * 1024 * 1024, part);
            Document urlset = Jsoup.parse(response.body(), "", Parser.xmlParser());
            assertEquals("urlset", urlset.child(0).tagName());
            List<String> locations = urlset.select("url > loc").eachText();
            assertTrue(locations.size() <= PART_SIZE, part + " holds " + locations.size());
            assertEquals(locations.size(), urlset.select("url > lastmod").size(), "every article with its last change");
            locations.forEach(location -> assertTrue(articles.add(location), "in two parts: " + location));
        }
        assertTrue(parts.size() - 1 >= (ARTICLES + PART_SIZE - 1) / PART_SIZE, "parts: " + parts.size());
        for (int n : List.of(0, 1_234, ARTICLES - 1)) {
            assertTrue(articles.contains(Gazette.PUBLIC_URL + "/" + GeneratedFeed.slug(n)), GeneratedFeed.slug(n));
        }
        assertEquals(404, Gazette.get("/feed/sitemaps/articles-" + (parts.size() + 5) + ".xml").statusCode(), "no part past the last");

        List<String> pages = xml("/feed/sitemaps/pages.xml").select("url > loc").eachText();
        assertTrue(pages.containsAll(List.of(Gazette.PUBLIC_URL + "/", Gazette.PUBLIC_URL + "/archive", Gazette.PUBLIC_URL + "/archive/2019",
                Gazette.PUBLIC_URL + "/tags/topic-01", Gazette.PUBLIC_URL + "/authors/generated-author-1")), pages.toString());
        assertTrue(Gazette.get("/robots.txt").body().contains("Sitemap: " + Gazette.PUBLIC_URL + "/feed/sitemap.xml"));
    }

    @Test
    void manyReadersMissingTheSameDocumentAtOnceGetOneRender() throws Exception {
        String path = "/archive/2019/09?before=" + GeneratedFeed.slug(2_500);
        int readers = 24;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int reader = 0; reader < readers; reader++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Gazette.get(path);
                }));
            }
            start.countDown();
            List<String> cache = new ArrayList<>();
            Set<String> bodies = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(1, TimeUnit.MINUTES);
                assertEquals(200, response.statusCode());
                cache.add(response.headers().firstValue("X-Gazette-Cache").orElse("none"));
                bodies.add(response.body());
            }
            assertEquals(1, cache.stream().filter("miss"::equals).count(), "one render for " + readers + " readers: " + cache);
            assertEquals(1, bodies.size(), "every reader got the same page");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pathsThatNameNothingAreNeverKept() throws Exception {
        long before = cacheStatistics().getJsonNumber("documents").longValue();
        for (int probe = 0; probe < 40; probe++) {
            assertEquals(404, Gazette.get("/feed/tags/made-up-" + RUN + "-" + probe + "/rss.xml").statusCode());
            assertEquals(404, Gazette.get("/tags/made-up-" + RUN + "-" + probe).statusCode());
            assertEquals(404, Gazette.get("/made-up-" + RUN + "-" + probe).statusCode());
        }
        assertEquals(before, cacheStatistics().getJsonNumber("documents").longValue(), "120 misses, nothing kept");
    }

    @Test
    void aPublishDropsWhatShowsTheArticleAndLeavesTheRestCached() throws Exception {
        List<String> unrelated = new ArrayList<>();
        for (int n = 100; n < 130; n++) {
            unrelated.add("/" + GeneratedFeed.slug(n));
        }
        unrelated.addAll(List.of("/archive/2019/10", "/archive/2019", "/tags/topic-03", "/feed/tags/topic-03/rss.xml",
                "/?before=" + GeneratedFeed.slug(1_500), "/feed/sitemaps/articles-1.xml"));
        List<String> showing = List.of("/", "/feed/rss.xml", "/feed/atom.xml", "/feed/feed.json", "/archive", "/feed/sitemap.xml");
        for (String path : union(unrelated, showing)) {
            assertEquals(200, Gazette.get(path).statusCode(), path);
            assertEquals("hit", cached(path), "warm: " + path);
        }

        String title = "Fresh news " + RUN;
        assertEquals(200, Gazette.importAsAdmin(freshFeed(title)).statusCode());

        for (String path : unrelated) {
            assertEquals("hit", cached(path), "still cached after the publish: " + path);
        }
        for (String path : showing) {
            HttpResponse<String> response = Gazette.get(path);
            assertEquals("miss", response.headers().firstValue("X-Gazette-Cache").orElse(""), "rendered anew: " + path);
            if (!path.contains("sitemap") && !path.equals("/archive")) {
                assertTrue(response.body().contains(title), path + " shows the new article");
            }
        }
        assertTrue(Gazette.get("/tags/fresh-" + RUN).body().contains(title), "its tag's page");
    }

    @Test
    void anImportCutOffByACrashKeepsItsChunksAndFinishesWhenSentAgain() throws Exception {
        int first = 100_000;
        int total = 4_000;
        String year = String.valueOf(GeneratedFeed.published(first).atZone(ZoneOffset.UTC).getYear());
        assertEquals(year, String.valueOf(GeneratedFeed.published(first + total - 1).atZone(ZoneOffset.UTC).getYear()), "one year");
        byte[] feed = GeneratedFeed.rss(first, total);
        List<String> newestBefore = guids(Gazette.get("/feed/rss.xml").body());
        CompletableFuture<Void> cutOff = CompletableFuture.runAsync(() -> {
            try {
                Gazette.importAsAdmin(feed);
            } catch (IOException | InterruptedException expected) {
                // The server dies under it.
            }
        });
        // Three chunks written means the first is on disk even for H2, which writes committed data within half a second.
        Gazette.awaitUntil(() -> articlesIn(year) >= 750, Duration.ofMinutes(2), "three chunks to be written");
        killTheServerAndStartItAgain();
        cutOff.get(1, TimeUnit.MINUTES);

        assertEquals(newestBefore, guids(Gazette.get("/feed/rss.xml").body()), "everything published before is there, with its identity");
        long kept = articlesIn(year);
        assertTrue(kept > 0 && kept < total, "the import was cut off partway and kept what it wrote: " + kept);
        HttpResponse<String> again = Gazette.importAsAdmin(feed);
        assertEquals(200, again.statusCode(), again.body());
        JsonObject report = json(again.body());
        assertEquals(kept, report.getInt("unchanged"), "what was written is not written again");
        assertEquals(total - kept, report.getInt("created"));
        assertEquals(total, articlesIn(year), "every item once");
    }

    private static List<String> guids(String rss) {
        return Jsoup.parse(rss, "", Parser.xmlParser()).select("item > guid").eachText();
    }

    private static long articlesIn(String year) throws Exception {
        Element count = page("/archive").selectFirst("#year-" + year + " .count");
        return count == null ? 0 : count(count);
    }

    private static long count(Element count) {
        return Long.parseLong(count.text().replaceAll("[^0-9]", ""));
    }

    /** As an operator's machine might lose it: no shutdown, then a start that must bring everything back. */
    private static void killTheServerAndStartItAgain() throws Exception {
        Path domain = Path.of(System.getProperty("glassfish.home"), "glassfish", "domains", "domain1");
        long pid = Long.parseLong(Files.readString(domain.resolve("config").resolve("pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().get(1, TimeUnit.MINUTES);
        Process start = new ProcessBuilder(Path.of(System.getProperty("glassfish.home"), "bin", "asadmin").toString(), "start-domain", "domain1")
                .inheritIO().start();
        assertEquals(0, start.waitFor(5, TimeUnit.MINUTES) ? start.exitValue() : -1, "asadmin start-domain");
        Gazette.awaitAnswering("/feed/rss.xml");
    }

    private static byte[] freshFeed(String title) {
        String now = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(Instant.now());
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Fresh</title><link>https://fresh.example</link>"
                + "<description>News.</description><item><guid>urn:gazette:fresh:" + RUN + "</guid><title>" + title + "</title>"
                + "<link>https://fresh.example/fresh-news-" + RUN + "</link><pubDate>" + now + "</pubDate><category>Fresh " + RUN + "</category>"
                + "<description>Just in.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private static String cached(String path) throws Exception {
        return Gazette.get(path).headers().firstValue("X-Gazette-Cache").orElse("none");
    }

    private static List<String> union(List<String> one, List<String> other) {
        List<String> both = new ArrayList<>(one);
        both.addAll(other);
        return both;
    }

    private static JsonObject cacheStatistics() throws Exception {
        HttpResponse<String> statistics = Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/feed/api/v1/cache"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + Gazette.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, statistics.statusCode(), statistics.body());
        return json(statistics.body());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = Gazette.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static Document xml(String path) throws Exception {
        HttpResponse<String> response = Gazette.get(path);
        assertEquals(200, response.statusCode(), path);
        assertFalse(response.body().isBlank(), path);
        return Jsoup.parse(response.body(), "", Parser.xmlParser());
    }
}
