package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A feed reader subscribed to {@code /feed/rss.xml}, parsed with the JDK's DOM, not with Rome. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedIT {

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    static List<Element> items() throws Exception {
        return items("/feed/rss.xml");
    }

    static List<Element> items(String path) throws Exception {
        HttpResponse<String> response = Gazette.get(path);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("2.0", feed.getDocumentElement().getAttribute("version"));
        NodeList nodes = feed.getElementsByTagName("item");
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            items.add((Element) nodes.item(i));
        }
        return items;
    }

    static String text(Element item, String namespace, String name) {
        NodeList found = namespace == null ? item.getElementsByTagName(name) : item.getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    @Test
    void theFeedCarriesEveryPublishedArticleNewestFirstWithItsFields() throws Exception {
        List<ZonedDateTime> published = items().stream()
                .map(item -> ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME)).toList();
        for (int i = 1; i < published.size(); i++) {
            assertFalse(published.get(i).isAfter(published.get(i - 1)), "newest first: " + published);
        }
        // The sample site's author wrote nothing else, whatever other tests published meanwhile.
        List<Element> items = items("/feed/authors/gazette-editorial-team/rss.xml");
        List<SampleArticles> samples = SampleArticles.newestFirst();

        assertTrue(items.size() >= samples.size(), "every sample article is in its author's feed");
        for (int i = 0; i < samples.size(); i++) {
            Element item = items.get(i);
            SampleArticles sample = samples.get(i);
            assertEquals(sample.title(), text(item, null, "title"));
            assertEquals(Gazette.PUBLIC_URL + "/" + sample.slug(), text(item, null, "link"));
            assertEquals("Gazette Editorial Team", text(item, DC, "creator"));
            NodeList categories = item.getElementsByTagName("category");
            List<String> names = new ArrayList<>();
            for (int c = 0; c < categories.getLength(); c++) {
                names.add(categories.item(c).getTextContent());
            }
            assertEquals(sample.tags(), names);
            assertTrue(text(item, null, "pubDate").matches("\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), text(item, null, "pubDate"));
            assertTrue(text(item, CONTENT, "encoded").contains("<p>"), "full body as HTML");
        }
    }

    @Test
    void guidsStayTheSameFromOneFetchToTheNext() throws Exception {
        List<String> first = items().stream().map(item -> text(item, null, "guid")).toList();
        List<String> second = items().stream().map(item -> text(item, null, "guid")).toList();

        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count(), "every guid is different");
    }
}
