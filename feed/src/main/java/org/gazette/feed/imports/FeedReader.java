package org.gazette.feed.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndImage;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import org.gazette.application.feedimport.ImportedFeed;

/**
 * Reads RSS 0.9x–2.0, RSS 1.0 and Atom 1.0 documents with Rome into the import's plain values, and
 * the exports of WordPress (WXR, RSS with {@code wp:} elements) and Ghost (JSON). DOCTYPEs are
 * refused, and with them external entities and entity expansion.
 */
final class FeedReader {

    private FeedReader() {
    }

    private static final String DISALLOW_DOCTYPES = "http://apache.org/xml/features/disallow-doctype-decl";

    /** The feed or export in the document; {@code oldSite}, when not null, is the address of the site an export comes from. */
    static ImportedFeed read(byte[] document, String oldSite) {
        if (GhostExport.isJson(document)) {
            return GhostExport.read(document, oldSite);
        }
        Document xml = xml(document);
        SyndFeed feed = feed(xml);
        SyndImage image = feed.getImage();
        Optional<Namespace> wordPress = WordPressExport.namespaceOf(xml);
        return new ImportedFeed(
                new ImportedFeed.Channel(feed.getTitle(), feed.getLink(), feed.getDescription(), image == null ? null : image.getUrl()),
                wordPress.map(namespace -> WordPressExport.items(namespace, feed)).orElseGet(() -> items(xml, feed)),
                wordPress.map(namespace -> WordPressExport.formatOf(xml, namespace)).orElseGet(() -> formatOf(feed.getFeedType())));
    }

    private static List<ImportedFeed.Item> items(Document xml, SyndFeed feed) {
        List<AtomBases.EntryBase> bases = AtomBases.of(xml);
        List<SyndEntry> entries = feed.getEntries();
        return IntStream.range(0, entries.size())
                .mapToObj(index -> item(entries.get(index), feed, index < bases.size() ? bases.get(index) : AtomBases.EntryBase.NONE))
                .toList();
    }

    /** The document as XML, read once for Rome and for the bases Rome does not keep. */
    private static Document xml(byte[] document) {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature(DISALLOW_DOCTYPES, true);
        builder.setExpandEntities(false);
        try {
            return builder.build(new ByteArrayInputStream(document));
        } catch (JDOMException | IOException e) {
            String detail = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (detail.contains("DOCTYPE")) {
                throw new RefusedDocument(400, "The document declares a DOCTYPE; feeds with DOCTYPEs, external entities or entity definitions are refused.");
            }
            throw new RefusedDocument(400, "The document is not well-formed XML: " + detail);
        }
    }

    private static SyndFeed feed(Document xml) {
        try {
            return new SyndFeedInput().build(xml);
        } catch (FeedException e) {
            throw new RefusedDocument(400, "The document is not a feed Gazette can read: " + e.getMessage());
        } catch (IllegalArgumentException notAFeed) {
            throw new RefusedDocument(400, "The document is XML but not an RSS or Atom feed.");
        }
    }

    private static ImportedFeed.Item item(SyndEntry entry, SyndFeed feed, AtomBases.EntryBase base) {
        Optional<String> content = entry.getContents().stream().map(SyndContent::getValue)
                .filter(value -> value != null && !value.isBlank()).findFirst();
        String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
        return new ImportedFeed.Item(
                entry.getUri(),
                base.link().orElse(entry.getLink()),
                entry.getTitle(),
                content.isPresent() ? description : null,
                instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                author(entry).or(() -> author(null, feed.getAuthors())).orElse(null),
                categories(entry),
                base.resolve(content.orElse(description)),
                cover(entry).orElse(null));
    }

    /**
     * The entry's author, or, as RFC 4287 has it, the feed's for entries that name none. Only the
     * feed's people count: RSS's managing editor is a mail address, not a byline.
     */
    private static Optional<String> author(SyndEntry entry) {
        return author(entry.getAuthor(), entry.getAuthors());
    }

    private static Optional<String> author(String name, List<SyndPerson> people) {
        if (name != null && !name.isBlank()) {
            return Optional.of(name);
        }
        return people.stream().map(SyndPerson::getName).filter(person -> person != null && !person.isBlank()).findFirst();
    }

    /** Categories, or an RSS 1.0 item's Dublin Core subjects, which Rome does not count among them. */
    private static List<String> categories(SyndEntry entry) {
        List<String> categories = entry.getCategories().stream().map(SyndCategory::getName).toList();
        DCModule dublinCore = (DCModule) entry.getModule(DCModule.URI);
        if (!categories.isEmpty() || dublinCore == null) {
            return categories;
        }
        return dublinCore.getSubjects().stream().map(DCSubject::getValue).filter(subject -> subject != null && !subject.isBlank()).toList();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The cover: a Media RSS thumbnail or image, or else an image enclosure. */
    private static Optional<String> cover(SyndEntry entry) {
        MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaModule.URI);
        Stream<String> thumbnails = media == null || media.getMetadata() == null ? Stream.empty()
                : Arrays.stream(media.getMetadata().getThumbnail()).map(Thumbnail::getUrl).map(String::valueOf);
        Stream<String> images = media == null ? Stream.empty()
                : Arrays.stream(media.getMediaContents()).filter(content -> "image".equals(content.getMedium())
                        || String.valueOf(content.getType()).startsWith("image/")).map(MediaContent::getReference).map(String::valueOf);
        Stream<String> enclosures = entry.getEnclosures().stream()
                .filter(enclosure -> String.valueOf(enclosure.getType()).startsWith("image/")).map(SyndEnclosure::getUrl);
        return Stream.of(thumbnails, images, enclosures).flatMap(stream -> stream).findFirst();
    }


    /** Rome's name of a feed type as people write it: {@code rss_2.0} is RSS 2.0, {@code atom_1.0} Atom 1.0. */
    static String formatOf(String feedType) {
        String[] parts = feedType.split("_", 2);
        String name = parts[0].equals("rss") ? "RSS" : parts[0].substring(0, 1).toUpperCase(Locale.ROOT) + parts[0].substring(1);
        return parts.length < 2 ? name : name + " " + parts[1].replaceAll("[A-Za-z]+$", "");
    }
}
