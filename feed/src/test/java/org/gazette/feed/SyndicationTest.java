package org.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.Slug;
import org.gazette.domain.author.Author;
import org.gazette.domain.site.Site;
import org.gazette.domain.tag.Tag;
import org.gazette.http.Dependencies;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The feed documents as a feed reader parses them, checked with the JDK's DOM rather than Rome. */
class SyndicationTest {

    private static final Instant PUBLISHED = Instant.parse("2026-01-31T12:00:00Z");
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Article article() {
        Article article = new Article(new Guid("https://example.org/toolchains"), new Slug("toolchains"),
                "Ship Toolchains", new Author("Ada Lovelace", new Slug("ada-lovelace")), PUBLISHED);
        article.summarize("Why toolchains matter.", PUBLISHED);
        article.writeBody("<p>See <a href=\"/docs?a=1&amp;b=2\">the docs</a> and <img src=\"img/x.png\" alt=\"x\"></p>"
                + "<pre><code>a &lt; b\n  indented</code></pre>", BodyFormat.HTML, PUBLISHED);
        article.coverWith(new CoverImage("/static/cover.png", "A cover"), PUBLISHED);
        article.tagWith(List.of(new Tag("Platform Engineering"), new Tag("Devenv")), PUBLISHED);
        article.publishAsOf(PUBLISHED, PUBLISHED);
        return article;
    }

    /** A cover stored before addresses were checked, as the database of an older version may hold it. */
    private static CoverImage storedBeforeChecks(String url) throws ReflectiveOperationException {
        var constructor = CoverImage.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        CoverImage cover = constructor.newInstance();
        for (String[] field : new String[][] {{"url", url}, {"alt", "An old cover"}}) {
            var value = CoverImage.class.getDeclaredField(field[0]);
            value.setAccessible(true);
            value.set(cover, field[1]);
        }
        return cover;
    }

    @Test
    void oneArticleWithAnAddressThatIsNoneCostsOnlyItsOwnCoverNotTheFeed() throws Exception {
        Site site = new Site("Example", "An example site.", "https://example.org");
        Article broken = article();
        broken.coverWith(storedBeforeChecks("https://cdn.example.org/a cover.png"), PUBLISHED);

        Document feed = parse(Syndication.rss(new PublicFeed(site, "Example", "/feed/rss.xml", List.of(broken, article()), Dependencies.ANY_ARTICLE)));

        assertEquals(2, feed.getElementsByTagName("item").getLength(), "both articles are in the feed");
        assertEquals(1, feed.getElementsByTagNameNS(MEDIA, "content").getLength(), "only the good cover");
    }

    @Test
    void coverAddressesThatAreNoAddressesAreRefusedWhenWritten() {
        for (String address : List.of("https://cdn.example.org/a cover.png", "javascript:alert(1)", "//evil.example/x.png", "cdn.example.org/x.png")) {
            assertThrows(RuleViolation.class, () -> new CoverImage(address, "A cover"), address);
        }
        assertEquals("/media/x/480/a.png", new CoverImage(" /media/x/480/a.png ", "A cover").url());
    }

    private static PublicFeed feed(Site site) {
        return new PublicFeed(site, site.title(), "/feed/rss.xml", List.of(article()), Dependencies.ANY_ARTICLE);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element parent, String namespace, String name) {
        return parent.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    @Test
    void anItemCarriesTheFieldsOfTheFeedContract() throws Exception {
        Site site = new Site("Example", "An example site.", "https://example.org");

        String xml = Syndication.rss(feed(site));

        Element item = (Element) parse(xml).getElementsByTagName("item").item(0);
        assertEquals("https://example.org/toolchains", child(item, "", "guid"));
        assertEquals("https://example.org/toolchains", child(item, "", "link"));
        assertEquals("Ship Toolchains", child(item, "", "title"));
        assertEquals("Why toolchains matter.", child(item, "", "description"));
        assertEquals("Sat, 31 Jan 2026 12:00:00 GMT", child(item, "", "pubDate"));
        assertEquals("Ada Lovelace", child(item, "http://purl.org/dc/elements/1.1/", "creator"));
        assertEquals("Platform Engineering", item.getElementsByTagName("category").item(0).getTextContent());
        assertEquals("Devenv", item.getElementsByTagName("category").item(1).getTextContent());
        Element thumbnail = (Element) item.getElementsByTagNameNS(MEDIA, "thumbnail").item(0);
        assertEquals("https://example.org/static/cover.png", thumbnail.getAttribute("url"));
        Element content = (Element) item.getElementsByTagNameNS(MEDIA, "content").item(0);
        assertEquals("image", content.getAttribute("medium"));
        assertEquals("https://example.org/static/cover.png", content.getAttribute("url"));
    }

    @Test
    void theBodyIsFullHtmlInCdataWithAbsoluteLinksAndCodeKeptExactly() throws Exception {
        String xml = Syndication.rss(feed(new Site("Example", "", "https://example.org")));

        assertTrue(xml.contains("<content:encoded><![CDATA["), "content:encoded is CDATA");
        String body = child((Element) parse(xml).getElementsByTagName("item").item(0), "http://purl.org/rss/1.0/modules/content/", "encoded");
        assertTrue(body.contains("href=\"https://example.org/docs?a=1&amp;b=2\""), body);
        assertTrue(body.contains("src=\"https://example.org/img/x.png\""), body);
        assertTrue(body.contains("<pre><code>a &lt; b\n  indented</code></pre>"), body);
    }

    @Test
    void theChannelNamesItselfAndWhenItLastChanged() throws Exception {
        Document feed = parse(Syndication.rss(feed(new Site("Example", "An example site.", "https://example.org"))));

        Element channel = (Element) feed.getElementsByTagName("channel").item(0);
        assertEquals("Example", child(channel, "", "title"));
        assertEquals("https://example.org", child(channel, "", "link"));
        assertEquals("An example site.", child(channel, "", "description"));
        Element self = (Element) channel.getElementsByTagNameNS(ATOM, "link").item(0);
        assertNotNull(self, "atom:link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals("https://example.org/feed/rss.xml", self.getAttribute("href"));
        assertEquals("Sat, 31 Jan 2026 12:00:00 GMT", child(channel, "", "lastBuildDate"));
    }

    @Test
    void theAtomFeedSaysTheSameInAtom() throws Exception {
        Document feed = parse(Syndication.atom(new PublicFeed(new Site("Example", "An example site.", "https://example.org"),
                "Example", "/feed/atom.xml", List.of(article()), Dependencies.ANY_ARTICLE)));

        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("https://example.org/feed/atom.xml", child(root, ATOM, "id"));
        assertEquals("2026-01-31T12:00:00Z", child(root, ATOM, "updated"));
        Element entry = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("https://example.org/toolchains", child(entry, ATOM, "id"));
        assertEquals("Ship Toolchains", child(entry, ATOM, "title"));
        assertEquals("Ada Lovelace", child((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0), ATOM, "name"));
        assertEquals("2026-01-31T12:00:00Z", child(entry, ATOM, "updated"));
        Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertTrue(content.getTextContent().contains("src=\"https://example.org/img/x.png\""));
    }

    @Test
    void theReadOnTheSiteBannerIsASiteSetting() throws Exception {
        Site site = new Site("Example", "", "https://example.org");
        String without = child((Element) parse(Syndication.rss(feed(site))).getElementsByTagName("item").item(0),
                "http://purl.org/rss/1.0/modules/content/", "encoded");

        site.showBannerInFeeds(true);
        String with = child((Element) parse(Syndication.rss(feed(site))).getElementsByTagName("item").item(0),
                "http://purl.org/rss/1.0/modules/content/", "encoded");

        assertTrue(!without.contains("read on the site"), without);
        assertTrue(with.startsWith("<div"), with);
        assertTrue(with.contains("<a href=\"https://example.org/toolchains\">read on the site</a>"), with);
        assertTrue(with.endsWith(without), "the body follows the banner unchanged");
    }
}
