package org.gazette.feed.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.application.feedimport.ImportedFeed;
import org.junit.jupiter.api.Test;

/** Feeds of the shapes Atom and RSS 1.0 publishers produce, read the way their specifications say. */
class FeedReaderTest {

    private static List<ImportedFeed.Item> items(String feed) {
        return FeedReader.read(feed.getBytes(StandardCharsets.UTF_8), null).items();
    }

    @Test
    void atomEntriesWithoutAnAuthorOfTheirOwnHaveTheFeeds() {
        List<ImportedFeed.Item> items = items("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Workshop notes</title>
                  <id>urn:uuid:7c1d0a52-0e35-4d55-9a43-6d1c3b0b2f10</id>
                  <updated>2026-10-14T08:00:00Z</updated>
                  <author><name>Mara Lindqvist</name></author>
                  <entry>
                    <title>Sharpening a chisel</title>
                    <id>urn:uuid:0b7f3c1e-8d0a-4b8e-9b35-1c2d3e4f5a60</id>
                    <updated>2026-10-14T08:00:00Z</updated>
                    <content type="html">&lt;p&gt;Flatten the back first.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>A guest on glue</title>
                    <id>urn:uuid:0b7f3c1e-8d0a-4b8e-9b35-1c2d3e4f5a61</id>
                    <updated>2026-10-15T08:00:00Z</updated>
                    <author><name>Jonas Berg</name></author>
                    <content type="html">&lt;p&gt;Hide glue forgives.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);

        assertEquals(List.of("Mara Lindqvist", "Jonas Berg"), items.stream().map(ImportedFeed.Item::authorName).toList());
    }

    @Test
    void relativeAddressesInAtomAreResolvedAgainstXmlBaseAtEveryLevel() {
        List<ImportedFeed.Item> items = items("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://workshop.example.org/blog/">
                  <title>Workshop notes</title>
                  <id>urn:uuid:7c1d0a52-0e35-4d55-9a43-6d1c3b0b2f11</id>
                  <updated>2026-10-14T08:00:00Z</updated>
                  <author><name>Mara Lindqvist</name></author>
                  <entry>
                    <title>Sharpening a chisel</title>
                    <id>urn:uuid:0b7f3c1e-8d0a-4b8e-9b35-1c2d3e4f5a62</id>
                    <link rel="alternate" href="2026/10/14/sharpening-a-chisel/"/>
                    <updated>2026-10-14T08:00:00Z</updated>
                    <content type="html">&lt;p&gt;&lt;img src="images/stone.jpg" alt="A stone"&gt; See &lt;a href="/about/"&gt;about&lt;/a&gt;.&lt;/p&gt;</content>
                  </entry>
                  <entry xml:base="https://workshop.example.org/guests/">
                    <title>A guest on glue</title>
                    <id>urn:uuid:0b7f3c1e-8d0a-4b8e-9b35-1c2d3e4f5a63</id>
                    <link rel="alternate" href="glue"/>
                    <updated>2026-10-15T08:00:00Z</updated>
                    <content type="html" xml:base="https://cdn.example.net/media/">&lt;p&gt;&lt;img src="pot.png" alt="A glue pot"&gt;&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);

        assertEquals(List.of("https://workshop.example.org/blog/2026/10/14/sharpening-a-chisel/", "https://workshop.example.org/guests/glue"),
                items.stream().map(ImportedFeed.Item::link).toList());
        assertEquals("<p><img src=\"https://workshop.example.org/blog/images/stone.jpg\" alt=\"A stone\"> See"
                + " <a href=\"https://workshop.example.org/about/\">about</a>.</p>", items.get(0).bodyHtml());
        assertEquals("<p><img src=\"https://cdn.example.net/media/pot.png\" alt=\"A glue pot\"></p>", items.get(1).bodyHtml());
    }

    @Test
    void rss1SubjectsBecomeTagsInTheirOrder() {
        List<ImportedFeed.Item> items = items("""
                <?xml version="1.0" encoding="utf-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel rdf:about="https://workshop.example.org/">
                    <title>Workshop notes</title>
                    <link>https://workshop.example.org/</link>
                    <description>Notes from the bench.</description>
                    <items><rdf:Seq><rdf:li rdf:resource="https://workshop.example.org/chisel"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://workshop.example.org/chisel">
                    <title>Sharpening a chisel</title>
                    <link>https://workshop.example.org/chisel</link>
                    <dc:creator>Mara Lindqvist</dc:creator>
                    <dc:date>2026-10-14T08:00:00Z</dc:date>
                    <dc:subject>Tools</dc:subject>
                    <dc:subject>Sharpening</dc:subject>
                    <content:encoded><![CDATA[<p>Flatten the back first.</p>]]></content:encoded>
                  </item>
                </rdf:RDF>
                """);

        assertEquals(List.of("Tools", "Sharpening"), items.get(0).categories());
        assertEquals("Mara Lindqvist", items.get(0).authorName());
    }

    @Test
    void jsonThatIsNoGhostExportIsRefusedSayingWhatWasExpected() {
        RefusedDocument refused = assertThrows(RefusedDocument.class, () -> FeedReader.read("  {\"posts\": []}".getBytes(StandardCharsets.UTF_8), null));

        assertTrue(refused.getMessage().contains("no Ghost export"), refused.getMessage());
    }

    private static final String GHOST_STORED_IMAGES = """
            {"db": [{"data": {"posts": [{"id": "g1", "title": "Desk", "slug": "desk", "status": "published", "visibility": "public",
              "type": "post", "published_at": "2025-10-01T10:00:00.000Z",
              "html": "<p>Mine:</p><img src=\\"__GHOST_URL__/content/images/2025/10/desk.png\\" alt=\\"A desk\\">",
              "feature_image": "__GHOST_URL__/content/images/2025/10/cover.png"}]}}]}""";

    @Test
    void theImagesGhostStoredItselfAreFoundAtTheOldSitesAddressWhenItIsGiven() {
        ImportedFeed.Item located = FeedReader.read(GHOST_STORED_IMAGES.getBytes(StandardCharsets.UTF_8), "https://old-ghost.example").items().get(0);
        ImportedFeed.Item unlocated = FeedReader.read(GHOST_STORED_IMAGES.getBytes(StandardCharsets.UTF_8), null).items().get(0);

        assertEquals("https://old-ghost.example/content/images/2025/10/cover.png", located.coverUrl());
        assertEquals("<p>Mine:</p><img src=\"https://old-ghost.example/content/images/2025/10/desk.png\" alt=\"A desk\">", located.bodyHtml());
        assertEquals(null, unlocated.coverUrl(), "a cover at an address nobody knows is left out");
    }

    @Test
    void theFormatIsNamedAsPeopleWriteIt() {
        assertEquals(List.of("RSS 2.0", "RSS 0.91", "Atom 1.0", "Atom 0.3", "RSS 1.0"),
                List.of("rss_2.0", "rss_0.91U", "atom_1.0", "atom_0.3", "rss_1.0").stream().map(FeedReader::formatOf).toList());
        assertEquals("Ghost export", FeedReader.read(GHOST_STORED_IMAGES.getBytes(StandardCharsets.UTF_8), null).format());
    }
}
