package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every feed format, the sitemap and the HTTP caching that feed readers and crawlers rely on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedFormatsIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> rssGuids() throws Exception {
        return FeedIT.items().stream().map(item -> FeedIT.text(item, null, "guid")).toList();
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void theAtomFeedHasTheRequiredElementsAndTheSameEntriesAsRss() throws Exception {
        HttpResponse<String> response = Gazette.get("/feed/atom.xml");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Element feed = xml(response.body()).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertFalse(texts(feed.getElementsByTagNameNS(ATOM, required)).get(0).isEmpty(), "feed " + required);
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), "entry " + required);
            }
            ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
        }
        assertEquals(rssGuids(), ids);
    }

    @Test
    void theJsonFeedFollowsVersionOneOneWithTheSameItems() throws Exception {
        HttpResponse<String> response = Gazette.get("/feed/feed.json");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/feed+json"));
        JsonObject feed = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertFalse(feed.getString("title").isBlank());
        assertEquals(Gazette.PUBLIC_URL + "/feed/feed.json", feed.getString("feed_url"));
        List<String> ids = feed.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(item -> {
            assertTrue(item.containsKey("content_html") && item.containsKey("url"), item.toString());
            return item.getString("id");
        }).toList();
        assertEquals(rssGuids(), ids);
    }

    @Test
    void theSitemapListsEveryPublicArticleAndRobotsPointToIt() throws Exception {
        Document index = xml(Gazette.get("/feed/sitemap.xml").body());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        List<String> locations = new ArrayList<>();
        List<String> lastChanges = new ArrayList<>();
        for (String part : texts(index.getElementsByTagNameNS(SITEMAPS, "loc"))) {
            Document urlset = xml(Gazette.get(URI.create(part).getPath()).body());
            assertEquals("urlset", urlset.getDocumentElement().getLocalName(), part);
            locations.addAll(texts(urlset.getElementsByTagNameNS(SITEMAPS, "loc")));
            lastChanges.addAll(texts(urlset.getElementsByTagNameNS(SITEMAPS, "lastmod")));
        }

        for (Element item : FeedIT.items()) {
            assertTrue(locations.contains(FeedIT.text(item, null, "link")), FeedIT.text(item, null, "link"));
        }
        assertTrue(locations.contains(Gazette.PUBLIC_URL + "/authors/gazette-editorial-team"), "author page");
        assertTrue(locations.contains(Gazette.PUBLIC_URL + "/archive"), "the archive");
        for (String tag : SampleArticles.newestFirst().get(0).tags()) {
            assertTrue(locations.contains(Gazette.PUBLIC_URL + "/tags/" + tag.toLowerCase().replace(' ', '-')), "tag page " + tag);
        }
        assertFalse(lastChanges.isEmpty(), "articles carry their last change");
        lastChanges.forEach(lastmod -> assertTrue(lastmod.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), lastmod));
        assertTrue(Gazette.get("/robots.txt").body().contains("Sitemap: " + Gazette.PUBLIC_URL + "/feed/sitemap.xml"));
    }

    @Test
    void theOldFeedAddressMovesPermanently() throws Exception {
        HttpResponse<String> moved = Gazette.get("/rss.xml");

        assertEquals(301, moved.statusCode());
        assertEquals("/feed/rss.xml", moved.headers().firstValue("Location").orElseThrow(), "on the site, never another host");
    }

    @Test
    void tagAndAuthorFeedsHoldOnlyTheirArticles() throws Exception {
        SampleArticles sample = SampleArticles.newestFirst().get(0);
        String tag = sample.tags().get(0);
        Document tagFeed = xml(Gazette.get("/feed/tags/" + tag.toLowerCase().replace(' ', '-') + "/rss.xml").body());
        NodeList items = tagFeed.getElementsByTagName("item");
        assertTrue(items.getLength() > 0);
        for (int i = 0; i < items.getLength(); i++) {
            assertTrue(texts(((Element) items.item(i)).getElementsByTagName("category")).contains(tag));
        }
        Document authorFeed = xml(Gazette.get("/feed/authors/gazette-editorial-team/rss.xml").body());
        assertEquals(List.of("Gazette Editorial Team"),
                texts(authorFeed.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")).stream().distinct().toList());
        assertEquals(404, Gazette.get("/feed/tags/no-such-tag/rss.xml").statusCode());
    }

    @Test
    void unchangedFeedsAnswerConditionalRequestsWith304() throws Exception {
        HttpResponse<String> first = Gazette.get("/feed/rss.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));

        HttpResponse<String> byTag = send(request("/feed/rss.xml").header("If-None-Match", etag));
        HttpResponse<String> byDate = send(request("/feed/rss.xml").header("If-Modified-Since", lastModified));

        assertEquals(304, byTag.statusCode());
        assertTrue(byTag.body().isEmpty());
        assertEquals(304, byDate.statusCode());
        assertEquals(200, send(request("/feed/rss.xml").header("If-None-Match", "\"something-else\"")).statusCode());
    }

    @Test
    void gzipAndHeadServeTheSameDocument() throws Exception {
        HttpResponse<byte[]> identity = sendBytes(request("/feed/rss.xml"));
        HttpResponse<byte[]> compressed = sendBytes(request("/feed/rss.xml").header("Accept-Encoding", "gzip"));

        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(compressed.body().length < identity.body().length);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertArrayEquals(identity.body(), unzipped.readAllBytes());
        }
        HttpURLConnection head = (HttpURLConnection) URI.create(Gazette.BASE_URL + "/feed/rss.xml").toURL().openConnection();
        head.setRequestMethod("HEAD");
        assertEquals(200, head.getResponseCode());
        assertEquals(identity.body().length, head.getContentLengthLong());
        assertEquals(identity.headers().firstValue("ETag").orElseThrow(), head.getHeaderField("ETag"));
        try (InputStream body = head.getInputStream()) {
            assertEquals(0, body.readAllBytes().length);
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return Gazette.client(false).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) throws Exception {
        return Gazette.client(false).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
