package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An editor moves a blog to Gazette through {@code POST /feed/api/v1/import}, and feed readers see it whole. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedImportIT {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String ADMIN = "admin:" + Gazette.ADMIN_PASSWORD;
    private static final String GRACE = "/feed/authors/grace-field/rss.xml";

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedImportIT.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    private static HttpResponse<String> send(byte[] document, String contentType, String credentials) throws Exception {
        return Gazette.post(Gazette.client(false), "/feed/api/v1/import", contentType,
                HttpRequest.BodyPublishers.ofByteArray(document), credentials);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject importAsAdmin(byte[] document) throws Exception {
        HttpResponse<String> response = Gazette.importAsAdmin(document);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static Map<String, Element> servedItemsByGuid() throws Exception {
        return servedItemsByGuid("/feed/rss.xml");
    }

    /** The items of one feed by guid; an author's feed finds an old article however many newer ones other tests published. */
    private static Map<String, Element> servedItemsByGuid(String feed) throws Exception {
        Map<String, Element> items = new LinkedHashMap<>();
        for (Element item : FeedIT.items(feed)) {
            items.put(FeedIT.text(item, null, "guid"), item);
        }
        return items;
    }

    @Test
    void importingAFeedCreatesItsArticlesAndReportsEachItem() throws Exception {
        JsonObject report = importAsAdmin(resource("field-notes-rss.xml"));

        assertEquals("RSS 2.0", report.getString("format"), "the report says what the document was read as");
        assertEquals(3, report.getJsonArray("items").size());
        assertEquals(1, report.getInt("rejected"));
        JsonObject orphan = report.getJsonArray("items").getJsonObject(2);
        assertEquals("REJECTED", orphan.getString("outcome"));
        assertTrue(orphan.getString("reason").contains("neither a guid nor a link"), orphan.toString());
        assertEquals(2, report.getInt("created") + report.getInt("unchanged"), "first import creates, a repeated run finds them");

        Element measured = servedItemsByGuid(GRACE).get("https://field-notes.example/2024-03-02-measuring-build-times");
        assertNotNull(measured, "imported article in the feed");
        assertEquals(Gazette.PUBLIC_URL + "/2024-03-02-measuring-build-times", FeedIT.text(measured, null, "link"));
        assertEquals("Grace Field", FeedIT.text(measured, DC, "creator"));
        assertEquals(List.of("Build Tools", "Performance", "Gradle"), categories(measured));
        assertEquals("https://cdn.field-notes.example/build-times.png",
                ((Element) measured.getElementsByTagNameNS(MEDIA, "thumbnail").item(0)).getAttribute("url"));
        String body = FeedIT.text(measured, CONTENT, "encoded");
        assertTrue(!body.contains("read on the site"), "the origin's banner is not stored");
        assertTrue(body.contains("real    1m42.113s\n    user    3m10.002s\n"), "code kept to the character: " + body);
        assertEquals(200, Gazette.get("/2024-03-02-measuring-build-times").statusCode(), "the article has its page");
    }

    @Test
    void importingTheSameFeedAgainChangesNothingAndSaysSo() throws Exception {
        importAsAdmin(resource("field-notes-rss.xml"));

        JsonObject again = importAsAdmin(resource("field-notes-rss.xml"));

        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(2, again.getInt("unchanged"));
    }

    @Test
    void aNewerVersionOfTheFeedUpdatesOnlyTheChangedItem() throws Exception {
        importAsAdmin(resource("field-notes-rss.xml"));
        assertTrue(Gazette.get("/2023-11-20-small-pull-requests").body().contains("<h1>Small Pull Requests</h1>"), "the page, now cached");
        byte[] newer = new String(resource("field-notes-rss.xml"), StandardCharsets.UTF_8)
                .replace("<title>Small Pull Requests</title>", "<title>Small Pull Requests, Revisited</title>")
                .getBytes(StandardCharsets.UTF_8);

        JsonObject report = importAsAdmin(newer);

        assertEquals(1, report.getInt("updated"));
        assertEquals(1, report.getInt("unchanged"));
        assertEquals("Small Pull Requests, Revisited",
                FeedIT.text(servedItemsByGuid(GRACE).get("https://field-notes.example/2023-11-20-small-pull-requests"), null, "title"));
        assertTrue(Gazette.get("/2023-11-20-small-pull-requests").body().contains("<h1>Small Pull Requests, Revisited</h1>"),
                "the cached page was rendered again");
        importAsAdmin(resource("field-notes-rss.xml"));
    }

    @Test
    void anAtomFeedIsReadToo() throws Exception {
        HttpResponse<String> response = send(resource("field-notes-atom.xml"), "application/atom+xml", ADMIN);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Atom 1.0", json(response).getString("format"));
        Element entry = servedItemsByGuid("/feed/authors/linus-field/rss.xml").get("urn:uuid:0b8f3c8e-2d7d-4b4f-8a51-8d61a1f0c001");
        assertNotNull(entry);
        assertEquals(Gazette.PUBLIC_URL + "/2022-06-01-reading-logs-backwards", FeedIT.text(entry, null, "link"));
        assertEquals(List.of("Debugging", "Logs"), categories(entry));
        assertEquals("Linus Field", FeedIT.text(entry, DC, "creator"));
    }

    @Test
    void hostileAndBrokenDocumentsAreRefusedWithAReasonAndWriteNothing() throws Exception {
        int itemsBefore = FeedIT.items().size();
        Map<String, byte[]> documents = Map.of(
                "DOCTYPE", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&secret;</title><item><guid>x</guid><title>x</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8),
                "well-formed", "this is not XML at all".getBytes(StandardCharsets.UTF_8),
                "not an RSS or Atom feed", "<html><body><p>A page</p></body></html>".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            HttpResponse<String> refused = send(document.getValue(), "application/xml", ADMIN);

            assertEquals(400, refused.statusCode(), document.getKey());
            assertTrue(json(refused).getString("error").contains(document.getKey()), refused.body());
        }
        byte[] oversized = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(oversized, (byte) ' ');
        HttpResponse<String> tooLarge = send(oversized, "application/xml", ADMIN);
        assertEquals(413, tooLarge.statusCode());
        assertTrue(json(tooLarge).getString("error").contains("20 MB"), tooLarge.body());

        assertEquals(itemsBefore, FeedIT.items().size());
    }

    @Test
    void anImportThatIsNotWaitedForIsFollowedAtItsAddressUntilItsReport() throws Exception {
        HttpResponse<String> accepted = Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/feed/api/v1/import"))
                .header("Content-Type", "application/rss+xml").header("Prefer", "respond-async").header("Authorization", Gazette.basic(ADMIN))
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource("field-notes-rss.xml"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = json(accepted).getString("id");
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        assertEquals("/feed/api/v1/imports/" + id, job.getPath());

        Gazette.awaitUntil(() -> !json(Gazette.getAsAdmin(job.getPath())).getString("state").equals("RUNNING"), Duration.ofSeconds(30), "the import's end");
        JsonObject finished = json(Gazette.getAsAdmin(job.getPath()));
        assertEquals("FINISHED", finished.getString("state"), finished.toString());
        assertEquals("RSS 2.0", finished.getString("format"));
        assertEquals(3, finished.getInt("total"));
        assertEquals(3, finished.getInt("done"));
        assertEquals(2, finished.getInt("created") + finished.getInt("unchanged"));
        assertEquals(1, finished.getInt("rejected"));
        assertEquals("REJECTED", finished.getJsonArray("items").getJsonObject(2).getString("outcome"));

        HttpResponse<String> notInterrupted = resume(id);
        assertEquals(409, notInterrupted.statusCode(), notInterrupted.body());
        assertTrue(json(notInterrupted).getString("error").contains("Only an interrupted import can be resumed"), notInterrupted.body());
        assertEquals(404, resume("no-such-import").statusCode());
        assertEquals(404, Gazette.getAsAdmin("/feed/api/v1/imports/no-such-import").statusCode());
        assertEquals(401, Gazette.get(job.getPath()).statusCode(), "only editors follow imports");
    }

    @Test
    void anImportThatIsWaitedForIsRecordedAsAJobToo() throws Exception {
        JsonObject report = importAsAdmin(resource("field-notes-atom.xml"));

        JsonObject newest = Json.createReader(new StringReader(Gazette.getAsAdmin("/feed/api/v1/imports").body())).readArray().getJsonObject(0);
        assertEquals("FINISHED", newest.getString("state"), newest.toString());
        assertEquals("admin", newest.getString("startedBy"));
        assertEquals(report.getJsonArray("items").size(), newest.getInt("total"));
        assertEquals(report.getInt("unchanged"), newest.getInt("unchanged"));
        assertEquals(report.getInt("created"), newest.getInt("created"));
    }

    private static HttpResponse<String> resume(String id) throws Exception {
        return Gazette.post(Gazette.client(false), "/feed/api/v1/imports/" + id + "/resume", "application/json",
                HttpRequest.BodyPublishers.ofString("{}"), ADMIN);
    }

    @Test
    void onlySignedInEditorsMayImport() throws Exception {
        assertEquals(401, send(resource("field-notes-rss.xml"), "application/rss+xml", null).statusCode());
        assertEquals(401, send(resource("field-notes-rss.xml"), "application/rss+xml", "admin:wrong-password").statusCode());
    }

    @Test
    void theReferenceBlogComesBackFieldForField() throws Exception {
        Path reference = Gazette.referenceFeed();
        assumeTrue(Files.exists(reference), "the reference feed is in ../shared/fixtures only where shared/ is present");
        byte[] document = Files.readAllBytes(reference);
        importAsAdmin(document);

        Map<String, Element> served = servedItemsByGuid();
        List<String> servedOrder = new ArrayList<>();
        for (Element expected : items(document)) {
            String guid = FeedIT.text(expected, null, "guid");
            Element item = served.get(guid);
            assertNotNull(item, guid);
            servedOrder.add(guid);
            for (String field : List.of("title", "link", "description")) {
                assertEquals(FeedIT.text(expected, null, field), FeedIT.text(item, null, field), guid + " " + field);
            }
            assertEquals(instant(FeedIT.text(expected, null, "pubDate")), instant(FeedIT.text(item, null, "pubDate")), guid);
            assertEquals(FeedIT.text(expected, DC, "creator"), FeedIT.text(item, DC, "creator"), guid);
            assertEquals(categories(expected), categories(item), guid);
            for (String media : List.of("thumbnail", "content")) {
                assertEquals(mediaUrl(expected, media), mediaUrl(item, media), guid + " media:" + media);
            }
            assertEquals(HtmlTokens.of(FeedIT.text(expected, CONTENT, "encoded")), HtmlTokens.of(FeedIT.text(item, CONTENT, "encoded")), guid);
        }
        List<String> servedGuids = new ArrayList<>(served.keySet());
        servedGuids.retainAll(servedOrder);
        assertEquals(servedOrder, servedGuids, "the reference's order, newest first");
    }

    private static List<Element> items(byte[] document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document)).getElementsByTagName("item");
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            items.add((Element) nodes.item(i));
        }
        return items;
    }

    private static List<String> categories(Element item) {
        NodeList nodes = item.getElementsByTagName("category");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(nodes.item(i).getTextContent());
        }
        return names;
    }

    private static String mediaUrl(Element item, String name) {
        NodeList nodes = item.getElementsByTagNameNS(MEDIA, name);
        return nodes.getLength() == 0 ? null : ((Element) nodes.item(0)).getAttribute("url");
    }

    private static Instant instant(String rfc822) {
        return ZonedDateTime.parse(rfc822, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void anImportedChangeReachesTheCachedFeedAtOnce() throws Exception {
        HttpResponse<String> before = Gazette.get("/feed/rss.xml");
        String guid = "https://field-notes.example/fresh-" + UUID.randomUUID();
        String fresh = new String(resource("field-notes-rss.xml"), StandardCharsets.UTF_8)
                .replace("https://field-notes.example/2023-11-20-small-pull-requests", guid);

        importAsAdmin(fresh.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> after = Gazette.get("/feed/rss.xml");
        assertTrue(!before.headers().firstValue("ETag").equals(after.headers().firstValue("ETag")), "a new ETag");
        assertTrue(servedItemsByGuid().containsKey(guid), "the new item is in the feed");
    }

    @Test
    void anItemWhoseAddressChangedMovesAndItsOldAddressRedirects() throws Exception {
        String id = UUID.randomUUID().toString();
        String original = new String(resource("field-notes-rss.xml"), StandardCharsets.UTF_8)
                .replace("https://field-notes.example/2023-11-20-small-pull-requests", "https://field-notes.example/moving-" + id)
                .replace("<guid>https://field-notes.example/moving-" + id + "</guid>", "<guid>urn:test:" + id + "</guid>");
        importAsAdmin(original.getBytes(StandardCharsets.UTF_8));

        JsonObject report = importAsAdmin(original.replace("/moving-" + id + "</link>", "/moved-" + id + "</link>").getBytes(StandardCharsets.UTF_8));

        assertEquals(1, report.getInt("updated"), report.toString());
        HttpResponse<String> old = Gazette.get("/moving-" + id);
        assertEquals(301, old.statusCode());
        assertEquals("/moved-" + id, old.headers().firstValue("Location").orElseThrow());
        assertEquals(200, Gazette.get("/moved-" + id).statusCode());
    }

    @Test
    void aForeignFeedCannotOverwriteAnArticleWrittenHere() throws Exception {
        Element welcome = FeedIT.items("/feed/authors/gazette-editorial-team/rss.xml").stream()
                .filter(item -> text(item, "link").endsWith("/welcome-to-gazette")).findFirst().orElseThrow();
        String guid = text(welcome, "guid");
        String takeover = """
                <rss version="2.0"><channel><title>Elsewhere</title><link>https://elsewhere.example/</link>
                <item><guid>%s</guid><title>Taken over</title><link>https://elsewhere.example/welcome-to-gazette</link>
                <description>Someone else's words.</description></item></channel></rss>""".formatted(guid);

        JsonObject report = importAsAdmin(takeover.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, report.getInt("rejected"), report.toString());
        assertEquals("Its guid names an article written on this site; a feed cannot change it.",
                report.getJsonArray("items").getJsonObject(0).getString("reason"));
        String page = Gazette.get("/welcome-to-gazette").body();
        assertTrue(page.contains(text(welcome, "title")) && !page.contains("Taken over"), "the article is as it was written");
    }

    /**
     * A WordPress export brings its posts as WordPress had them: only what was published becomes
     * public, with its author's display name, categories and tags in order, excerpt, featured image
     * with its alt text and classic-editor paragraphs; what WordPress kept private, a draft, in the
     * trash or behind a password stays out of every public page, and a scheduled post waits. A page
     * comes as a page, at its address and in the sitemap but in no listing or feed. Attachments and
     * other post types are reported as skipped. A second import changes nothing.
     */
    @Test
    void aWordPressExportBringsItsPostsAsWordPressHadThemAndSkipsTheRest() throws Exception {
        JsonObject report = importAsAdmin(resource("bench-notes-wordpress.xml"));

        assertEquals("WordPress export (WXR 1.2)", report.getString("format"));
        assertEquals(7, report.getInt("created"), report.toString());
        assertEquals(2, report.getInt("skipped"), report.toString());
        Map<String, JsonObject> outcomes = new LinkedHashMap<>();
        report.getJsonArray("items").forEach(item -> outcomes.put(item.asJsonObject().getString("guid"), item.asJsonObject()));
        assertTrue(outcomes.get("https://bench-notes.example/?p=30").getString("reason").contains("attachment"), outcomes.toString());
        assertEquals("CREATED", outcomes.get("https://bench-notes.example/?p=2").getString("outcome"), outcomes.toString());
        assertTrue(outcomes.get("https://bench-notes.example/?p=40").getString("reason").contains("'product'"), outcomes.toString());

        Map<String, String> statuses = new LinkedHashMap<>();
        SiteArchives.document(SiteArchives.entries(SiteArchives.export(false).body())).getJsonArray("articles").forEach(article -> {
            JsonObject fields = article.asJsonObject();
            if (fields.getString("guid").startsWith("https://bench-notes.example/")) {
                statuses.put(fields.getString("slug"), fields.getString("status") + " " + fields.getString("kind"));
            }
        });
        assertEquals(Map.of("sharpening-a-chisel", "PUBLISHED POST", "half-finished-thoughts-on-glue", "DRAFT POST", "the-new-bench",
                "SCHEDULED POST", "what-i-paid", "DRAFT POST", "for-club-members", "DRAFT POST", "an-old-rant", "TRASHED POST",
                "about", "PUBLISHED PAGE"), statuses);

        String feed = Gazette.get("/feed/rss.xml").body();
        String home = Gazette.get("/").body();
        for (String unpublished : List.of("Half-finished thoughts", "The new bench", "What I paid", "For club members", "An old rant")) {
            assertFalse(feed.contains(unpublished), unpublished + " is not in the feed");
            assertFalse(home.contains(unpublished), unpublished + " is not on the home page");
        }
        assertEquals(404, Gazette.get("/for-club-members").statusCode(), "a post behind a password stays private");
        assertTrue(Gazette.get("/about").body().contains("Who writes here."), "the page is at its address");
        assertFalse(feed.contains("/about<") || home.contains("About the bench"), "the page is neither in the feed nor on the home page");
        assertEquals("/about", Gazette.get("/about/").headers().firstValue("Location").orElse(""));
        assertTrue(Gazette.get("/feed/sitemaps/pages.xml").body().contains("/about</loc>"), "the sitemap lists the page");

        Document page = Jsoup.parse(Gazette.get("/sharpening-a-chisel").body());
        assertEquals("Mara Lindqvist", page.selectFirst(".author-name a").text(), "the display name, not the login");
        assertEquals(List.of("Tools", "Sharpening"), page.select("article .tags a").eachText());
        assertEquals("Flat back, steady bevel.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("A wet whetstone beside a chisel", page.selectFirst("article figure img").attr("alt"));
        assertEquals(List.of("Flatten the back first. It takes longer than you think.", "Then the bevel: keep the angle and count the strokes."),
                page.select("article .body > p").eachText(), "classic-editor paragraphs");
        assertEquals("25° primary, 30° micro-bevel", page.selectFirst("article .body pre code").text());
        for (String old : List.of("/2025/10/14/sharpening-a-chisel/", "/?p=12")) {
            HttpResponse<String> moved = Gazette.get(old);
            assertEquals(301, moved.statusCode(), old);
            assertEquals("/sharpening-a-chisel", moved.headers().firstValue("Location").orElse(""), old);
        }

        JsonObject again = importAsAdmin(resource("bench-notes-wordpress.xml"));
        assertEquals(List.of(0, 0, 7, 2), List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged"), again.getInt("skipped")),
                again.toString());
    }

    /**
     * A Ghost export brings its posts through its relation tables: public tags in their sort order
     * (internal ones left out), the primary author, the excerpt and the feature image's alt text. A
     * post for members only and a draft stay unpublished; a page comes as a page, and a post without
     * html is reported as skipped. A second import changes nothing.
     */
    @Test
    void aGhostExportBringsItsPostsWithTheirTagsInOrderAndTheirPrimaryAuthor() throws Exception {
        HttpResponse<String> response = send(resource("bench-notes-ghost.json"), "application/json", ADMIN);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = json(response);
        assertEquals("Ghost export (Ghost 5.96.0)", report.getString("format"));
        assertEquals(List.of(4, 1), List.of(report.getInt("created"), report.getInt("skipped")), report.toString());
        Document page = Jsoup.parse(Gazette.get("/incremental-builds").body());
        assertEquals("Mara Lindqvist", page.selectFirst(".author-name a").text(), "the primary author");
        assertEquals(List.of("Builds", "Performance"), page.select("article .tags a").eachText(), "in sort order, without #newsletter");
        assertEquals("Build only what changed.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("A graph of build steps", page.selectFirst("article figure img").attr("alt"));
        assertEquals("make -j2 site", page.selectFirst("article .body pre code").text());
        assertEquals("/incremental-builds", Gazette.get("/incremental-builds/").headers().firstValue("Location").orElse(""),
                "Ghost's address, with its slash, leads to the article");
        String feed = Gazette.get("/feed/rss.xml").body();
        for (String unpublished : List.of("/members-corner", "/caching-later", "/lexical-only")) {
            assertFalse(feed.contains(unpublished), unpublished + " is not in the feed");
            assertEquals(404, Gazette.get(unpublished).statusCode(), unpublished);
        }
        assertFalse(feed.contains("/about-ghost-bench"), "a page is not in the feed");
        assertTrue(Gazette.get("/about-ghost-bench").body().contains("Who writes here."), "the page is at its address");

        JsonObject again = json(send(resource("bench-notes-ghost.json"), "application/json", ADMIN));
        assertEquals(List.of(0, 0, 4, 1), List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged"), again.getInt("skipped")),
                again.toString());
    }

    @Test
    void markupInTitlesAndSummariesNeverReachesFeedReaders() throws Exception {
        String id = UUID.randomUUID().toString();
        String hostile = """
                <rss version="2.0"><channel><title>Markup</title><link>https://markup.example/</link>
                <item><guid>urn:test:%s</guid><title>Hello &lt;img src=x onerror=alert(1)&gt;world %s</title>
                <link>https://markup.example/hello-%s</link><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>
                <description>&lt;script&gt;alert(1)&lt;/script&gt;A &lt;b&gt;bold&lt;/b&gt; summary.</description></item>
                <item><guid>urn:test:fallback-%s</guid><title>Fallback %s</title><link>https://markup.example/fallback-%s</link>
                <pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate>
                <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;Opening &lt;em&gt;words&lt;/em&gt; here.&lt;/p&gt;</content:encoded>
                </item></channel></rss>""".formatted(id, id, id, id, id, id);

        importAsAdmin(hostile.getBytes(StandardCharsets.UTF_8));

        Map<String, Element> served = servedItemsByGuid();
        Element hello = served.get("urn:test:" + id);
        assertEquals("Hello world " + id, text(hello, "title").replaceAll("\\s+", " "));
        assertEquals("A bold summary.", text(hello, "description"), "the text stays, the markup goes");
        assertEquals("Opening words here.", text(served.get("urn:test:fallback-" + id), "description"), "a summary made from the body too");
    }

    /**
     * The old site's images come into the media library when the import is asked to copy them: the
     * articles show them from here, each image is fetched once however many items show it, what
     * cannot be copied is reported and stays linked, and importing again fetches nothing copied.
     */
    @Test
    void anImportThatCopiesImagesShowsThemFromTheMediaLibraryAndReportsWhatItCouldNotCopy() throws Exception {
        // Dated long ago, so that these articles push no other test's out of the newest in the feed.
        String id = UUID.randomUUID().toString().substring(0, 8);
        try (OldSite old = new OldSite()) {
            byte[] feed = """
                    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Pictures</title>
                    <link>https://pictures-%1$s.example/</link>
                    <item><guid>urn:test:pictures-%1$s-a</guid><title>Workbench %1$s</title><link>https://pictures-%1$s.example/workbench-%1$s</link>
                    <pubDate>Tue, 14 Oct 2003 09:00:00 GMT</pubDate><enclosure url="%2$s" type="image/png" length="1"/>
                    <content:encoded><![CDATA[<p>Before.</p><p><img src="%3$s" alt="A drawn bench"></p><p><img src="%4$s" alt="Lost"></p>]]></content:encoded></item>
                    <item><guid>urn:test:pictures-%1$s-b</guid><title>Vise %1$s</title><link>https://pictures-%1$s.example/vise-%1$s</link>
                    <pubDate>Wed, 15 Oct 2003 09:00:00 GMT</pubDate>
                    <content:encoded><![CDATA[<p><img src="%3$s" alt="The bench again"><img src="%5$s" alt="Notes"></p>]]></content:encoded></item>
                    </channel></rss>""".formatted(id, old.at("/cover-" + id + ".png"), old.at("/bench-" + id + ".png"),
                    old.at("/missing-" + id + ".png"), old.at("/notes-" + id + ".txt")).getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> accepted = Gazette.client(false).send(HttpRequest.newBuilder(
                    URI.create(Gazette.BASE_URL + "/feed/api/v1/import?copyImages=true")).header("Content-Type", "application/rss+xml")
                    .header("Prefer", "respond-async").header("Authorization", Gazette.basic(ADMIN))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(feed)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            String job = "/feed/api/v1/imports/" + json(accepted).getString("id");
            Gazette.awaitUntil(() -> !json(Gazette.getAsAdmin(job)).getString("state").equals("RUNNING"), Duration.ofSeconds(60), "the import's end");
            JsonObject report = json(Gazette.getAsAdmin(job));
            assertEquals(2, report.getInt("created"), report.toString());
            assertTrue(report.getBoolean("copiesImages"));
            Map<String, JsonObject> images = new LinkedHashMap<>();
            report.getJsonArray("images").forEach(image -> images.put(image.asJsonObject().getString("source"), image.asJsonObject()));
            assertEquals(List.of(old.at("/cover-" + id + ".png"), old.at("/bench-" + id + ".png"), old.at("/missing-" + id + ".png"),
                    old.at("/notes-" + id + ".txt")), List.copyOf(images.keySet()), "every image, once, in the order the items show them");
            String cover = images.get(old.at("/cover-" + id + ".png")).getString("address");
            String bench = images.get(old.at("/bench-" + id + ".png")).getString("address");
            assertTrue(cover.startsWith("/media/") && bench.startsWith("/media/"), report.toString());
            assertEquals("The old site answered 404 for it.", images.get(old.at("/missing-" + id + ".png")).getString("reason"));
            assertTrue(images.get(old.at("/notes-" + id + ".txt")).getString("reason").contains("is not an image"), report.toString());
            assertEquals(1, old.timesAsked("/bench-" + id + ".png"), "an image two items show is fetched once");

            Document workbench = Jsoup.parse(Gazette.get("/workbench-" + id).body());
            String workbenchHtml = workbench.select("main").html();
            assertFalse(workbenchHtml.contains(old.at("/cover-")) || workbenchHtml.contains(old.at("/bench-")), workbenchHtml);
            assertEquals("A drawn bench", workbench.select("main img[src*=" + assetId(bench) + "]").attr("alt"), "the body shows the copy: " + workbenchHtml);
            assertFalse(workbench.select("main img[src*=" + assetId(cover) + "]").isEmpty(), "the cover is the copy: " + workbenchHtml);
            assertTrue(workbenchHtml.contains(old.at("/missing-" + id + ".png")), "what could not be copied stays linked");
            HttpResponse<byte[]> served = Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + bench)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode());
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());

            JsonObject again = json(Gazette.post(Gazette.client(false), "/feed/api/v1/import?copyImages=true", "application/rss+xml",
                    HttpRequest.BodyPublishers.ofByteArray(feed), ADMIN));
            assertEquals(2, again.getInt("unchanged"), again.toString());
            assertEquals(0, again.getJsonArray("images").stream().filter(image -> image.asJsonObject().getBoolean("copied")).count(),
                    "nothing copied twice: " + again);
            assertEquals(1, old.timesAsked("/cover-" + id + ".png"));
            assertEquals(1, old.timesAsked("/bench-" + id + ".png"));
            JsonObject withoutCopying = importAsAdmin(feed);
            assertEquals(2, withoutCopying.getInt("unchanged"), "an import that does not copy keeps showing the copies: " + withoutCopying);
            assertEquals(0, withoutCopying.getJsonArray("images").size());
        }
    }

    /**
     * Ghost writes the images it stored as {@code __GHOST_URL__/content/images/...}; given the old
     * site's address, the import finds them there and copies them, cover and body.
     */
    @Test
    void aGhostExportsOwnImagesAreFoundAtTheOldSitesAddressAndCopied() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        try (OldSite old = new OldSite()) {
            byte[] export = """
                    {"db": [{"meta": {"version": "5.96.0"}, "data": {"posts": [{"id": "ghost-images-%1$s", "title": "Desk %1$s",
                      "slug": "desk-%1$s", "status": "published", "visibility": "public", "type": "post",
                      "published_at": "2003-10-01T10:00:00.000Z", "feature_image": "__GHOST_URL__/content/images/cover-%1$s.png",
                      "html": "<p>Mine:</p><figure class=\\"kg-card kg-image-card\\"><img src=\\"__GHOST_URL__/content/images/desk-%1$s.png\\" alt=\\"A desk\\"></figure>"}],
                      "posts_meta": [{"post_id": "ghost-images-%1$s", "feature_image_alt": "A drawn cover"}]}}]}""".formatted(id)
                    .getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> refused = Gazette.post(Gazette.client(false), "/feed/api/v1/import?oldSite=ftp://old.example",
                    "application/json", HttpRequest.BodyPublishers.ofByteArray(export), ADMIN);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(json(refused).getString("error").contains("The old site's address must be"), refused.body());
            assertEquals(404, Gazette.get("/desk-" + id).statusCode(), "a refused import writes nothing");

            HttpResponse<String> response = Gazette.post(Gazette.client(false), "/feed/api/v1/import?copyImages=true&oldSite="
                    + old.at("/"), "application/json", HttpRequest.BodyPublishers.ofByteArray(export), ADMIN);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject report = json(response);
            assertEquals(List.of(old.at("/content/images/cover-" + id + ".png"), old.at("/content/images/desk-" + id + ".png")),
                    report.getJsonArray("images").stream().map(image -> image.asJsonObject().getString("source")).toList(), report.toString());
            Document desk = Jsoup.parse(Gazette.get("/desk-" + id).body());
            for (JsonObject copied : report.getJsonArray("images").getValuesAs(JsonObject.class)) {
                assertTrue(copied.getBoolean("copied"), copied.toString());
                assertFalse(desk.select("main img[src*=" + assetId(copied.getString("address")) + "]").isEmpty(), desk.select("main").html());
            }
            assertEquals("A drawn cover", desk.selectFirst("article figure img").attr("alt"));
            assertFalse(desk.html().contains("__GHOST_URL__"));
        }
    }

    /** The media library's id in one of its addresses, {@code /media/{id}/{width}/{name}}. */
    private static String assetId(String mediaAddress) {
        return mediaAddress.split("/")[2];
    }

    @Test
    void anItemWhoseCoverIsNoAddressIsRejectedAndTheFeedsStillAnswer() throws Exception {
        String id = UUID.randomUUID().toString();
        String broken = """
                <rss version="2.0"><channel><title>Covers</title><link>https://covers.example/</link>
                <item><guid>urn:test:%s</guid><title>Spaced cover %s</title><link>https://covers.example/spaced-%s</link>
                <enclosure url="https://cdn.example.org/a cover.png" type="image/png" length="1"/></item></channel></rss>""".formatted(id, id, id);

        JsonObject report = importAsAdmin(broken.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, report.getInt("rejected"), report.toString());
        assertTrue(report.getJsonArray("items").getJsonObject(0).getString("reason").contains("https://cdn.example.org/a cover.png"), report.toString());
        for (String feed : List.of("/feed/rss.xml", "/feed/atom.xml", "/feed/feed.json")) {
            assertEquals(200, Gazette.get(feed).statusCode(), feed);
        }
    }

    private static String text(Element item, String name) {
        return item.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    @Test
    void anRss10FeedIsReadToo() throws Exception {
        String id = UUID.randomUUID().toString();
        String rdf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://field-notes.example/rss10">
                    <title>Field Notes (RSS 1.0)</title>
                    <link>https://field-notes.example/</link>
                    <description>RSS 1.0 edition.</description>
                    <items><rdf:Seq><rdf:li rdf:resource="https://field-notes.example/rdf-%1$s"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://field-notes.example/rdf-%1$s">
                    <title>Old Formats Still Matter</title>
                    <link>https://field-notes.example/rdf-%1$s</link>
                    <description>Some readers still speak RDF.</description>
                    <dc:creator>Grace Field</dc:creator>
                    <dc:date>2021-02-03T04:05:06Z</dc:date>
                  </item>
                </rdf:RDF>
                """.formatted(id).strip();

        HttpResponse<String> response = send(rdf.getBytes(StandardCharsets.UTF_8), "application/xml", ADMIN);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, json(response).getInt("created"), response.body());
        HttpResponse<String> page = Gazette.get("/rdf-" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Old Formats Still Matter"));
    }

    /**
     * A blog moves here with its links: the old site's addresses, in the shapes WordPress, Ghost and
     * hand-made sites give them, lead to the imported articles, with a trailing slash, a date path,
     * an {@code .html} page and a WordPress short link in the guid. Addresses of another site are
     * not taken over.
     */
    @Test
    void theOldSitesAddressesOfImportedItemsLeadToTheirArticles() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Bench Notes</title><link>https://bench-%1$s.example/</link><description>Moving house.</description>
                  <item><title>Sharpening a chisel</title><link>https://bench-%1$s.example/2025/10/14/sharpening-a-chisel-%1$s/</link>
                    <guid isPermaLink="false">https://bench-%1$s.example/?p=123%2$s</guid><description>Flatten the back.</description></item>
                  <item><title>Incremental builds</title><link>https://www.bench-%1$s.example/incremental-builds-%1$s/</link>
                    <guid>ghost-%1$s</guid><description>Only what changed.</description></item>
                  <item><title>Glue pots</title><link>https://bench-%1$s.example/notes/glue-pots-%1$s.html</link>
                    <description>Hide glue.</description></item>
                  <item><title>Someone else's</title><link>https://elsewhere-%1$s.example/borrowed/someone-elses-%1$s</link>
                    <description>Not ours.</description></item>
                </channel></rss>
                """.formatted(run, Math.abs(run.hashCode() % 1000)).strip();

        JsonObject report = importAsAdmin(feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(4, report.getInt("created"), report.toString());

        Map<String, String> oldToNew = Map.of(
                "/2025/10/14/sharpening-a-chisel-" + run + "/", "/sharpening-a-chisel-" + run,
                "/?p=123" + Math.abs(run.hashCode() % 1000), "/sharpening-a-chisel-" + run,
                "/notes/glue-pots-" + run + ".html", "/glue-pots-" + run);
        for (Map.Entry<String, String> move : oldToNew.entrySet()) {
            HttpResponse<String> old = Gazette.get(move.getKey());
            assertEquals(301, old.statusCode(), move.getKey());
            assertEquals(move.getValue(), old.headers().firstValue("Location").orElse(""), move.getKey());
            assertEquals(200, Gazette.get(move.getValue()).statusCode(), move.getValue());
        }
        HttpResponse<String> ghost = Gazette.get("/incremental-builds-" + run + "/");
        assertEquals("/incremental-builds-" + run, ghost.headers().firstValue("Location").orElse(""), "a Ghost address loses its slash");
        assertEquals(404, Gazette.get("/borrowed/someone-elses-" + run).statusCode(), "another site's path is not this one's to keep");
        assertEquals(404, Gazette.get("/2025/10/14/never-published-" + run + "/").statusCode());

        JsonObject again = importAsAdmin(feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(4, again.getInt("unchanged"), "a second import changes nothing: " + again);
    }
}
