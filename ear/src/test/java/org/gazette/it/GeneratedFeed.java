package org.gazette.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * A large site's feed, made up, so tests and the scale benchmark import as many articles as they need:
 * item {@code n} is always the same article (guid, slug, title, about 2.5 KB of body, three of 24 tags,
 * one of eight authors), published {@code n} hours before a fixed instant. Gazette's own words, no one
 * else's writing.
 *
 * <p>Runs on its own too, for {@code bench/scale.sh}: {@code java GeneratedFeed.java FIRST COUNT FILE [BODY_BYTES]}.
 */
public final class GeneratedFeed {

    /** Item 0 appears at this instant; every later item an hour earlier than the one before. */
    static final Instant NEWEST = Instant.parse("2019-12-31T12:00:00Z");
    static final String SITE = "https://generated.example";
    static final int BODY_BYTES = 2_400;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String[] WORDS = ("archive build cache change cluster column commit config deploy document editor feed "
            + "index invalid latency listing memory migrate number page publish query reader render request schema server "
            + "session sitemap slug table tag thread timer update version window write").split(" ");

    private GeneratedFeed() {
    }

    public static void main(String[] arguments) throws IOException {
        int bodyBytes = arguments.length > 3 ? Integer.parseInt(arguments[3]) : BODY_BYTES;
        Files.write(Path.of(arguments[2]), rss(Integer.parseInt(arguments[0]), Integer.parseInt(arguments[1]), bodyBytes));
    }

    /** An RSS 2.0 document with items {@code first} to {@code first + count - 1}. */
    static byte[] rss(int first, int count) {
        return rss(first, count, BODY_BYTES);
    }

    /** The same with bodies of about {@code bodyBytes}, to fit more items into one document. */
    static byte[] rss(int first, int count, int bodyBytes) {
        StringBuilder xml = new StringBuilder(count * (bodyBytes + 1_200) + 500)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Generated</title><link>").append(SITE)
                .append("</link><description>A made-up site of many articles.</description>\n");
        for (int n = first; n < first + count; n++) {
            item(xml, n, bodyBytes);
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String slug(int n) {
        return "generated-article-" + n;
    }

    static String title(int n) {
        Random words = new Random(n);
        return "Generated article " + n + ": " + word(words) + " " + word(words) + " and " + word(words);
    }

    static Instant published(int n) {
        return NEWEST.minusSeconds(3_600L * n);
    }

    /** The three tags of item {@code n}, in order, of the 24 that exist. */
    static String[] tags(int n) {
        return new String[] {topic(n % 24), topic((n / 24 + 7) % 24), topic((n / 576 + 13) % 24)};
    }

    static String author(int n) {
        return "Generated Author " + (n % 8 + 1);
    }

    private static String topic(int index) {
        return String.format(Locale.ROOT, "Topic %02d", index + 1);
    }

    private static void item(StringBuilder xml, int n, int bodyBytes) {
        xml.append("<item><guid>urn:gazette:generated:").append(n).append("</guid><title>").append(title(n)).append("</title><link>")
                .append(SITE).append('/').append(slug(n)).append("</link><pubDate>").append(RFC_822.format(published(n)))
                .append("</pubDate><dc:creator>").append(author(n)).append("</dc:creator>");
        for (String tag : tags(n)) {
            xml.append("<category>").append(tag).append("</category>");
        }
        xml.append("<content:encoded><![CDATA[").append(body(n, bodyBytes)).append("]]></content:encoded></item>\n");
    }

    /** About {@code bytes} of HTML (2.5 KB unless asked): paragraphs of words, and a code block in every fifth article. */
    private static String body(int n, int bytes) {
        Random words = new Random(31L * n + 7);
        StringBuilder body = new StringBuilder(bytes + 300);
        while (body.length() < bytes) {
            body.append("<p>");
            for (int w = 0; w < 40; w++) {
                body.append(w == 0 ? capitalized(word(words)) : word(words)).append(w == 39 ? "." : " ");
            }
            body.append("</p>");
        }
        if (n % 5 == 0) {
            body.append("<pre><code class=\"language-sql\">select count(*) from article where id = ").append(n).append(";</code></pre>");
        }
        return body.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
