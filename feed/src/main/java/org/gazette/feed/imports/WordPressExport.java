package org.gazette.feed.imports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

import org.gazette.application.feedimport.ImportedFeed;
import org.gazette.application.feedimport.ImportedFeed.Publication;
import org.gazette.domain.article.ArticleKind;

/**
 * A WordPress export (WXR, Tools → Export): RSS 2.0 that Rome reads, whose {@code wp:} elements
 * (Rome's foreign markup) say what each item is. Posts of every status are carried over with their
 * status, their author's display name (the login is WordPress's business), categories and tags in
 * order, excerpt, slug and featured image; everything else is reported as skipped, with what it was.
 */
final class WordPressExport {

    private static final String NAMESPACE_PREFIX = "http://wordpress.org/export/";
    private static final String EXCERPT_SUFFIX = "excerpt/";
    /** What WordPress appends to the slug of a post it moves to the trash. */
    private static final String TRASHED_SUFFIX = "__trashed";
    private static final DateTimeFormatter WORDPRESS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, Publication> STATUSES = Map.of("publish", Publication.PUBLISHED, "future", Publication.SCHEDULED,
            "draft", Publication.DRAFT, "pending", Publication.PENDING, "private", Publication.PRIVATE, "trash", Publication.TRASHED);

    /** A media file of the export, as a post's featured image names it. */
    private record Attachment(String url, Optional<String> alt) {
    }

    private final Namespace wp;
    private final Map<String, String> displayNames = new HashMap<>();
    private final Map<String, Attachment> attachments = new HashMap<>();
    private final String site;

    private WordPressExport(Namespace wp, SyndFeed feed) {
        this.wp = wp;
        this.site = feed.getLink() == null ? "" : feed.getLink().strip().replaceAll("/+$", "");
        for (Element author : feed.getForeignMarkup()) {
            if (isWordPress(author, "author")) {
                displayNames.put(author.getChildTextTrim("author_login", wp), author.getChildTextTrim("author_display_name", wp));
            }
        }
    }

    /** The WordPress namespace of a WXR document; none for any other document. */
    static Optional<Namespace> namespaceOf(Document xml) {
        return xml.getRootElement().getNamespacesInScope().stream()
                .filter(namespace -> namespace.getURI().startsWith(NAMESPACE_PREFIX) && !namespace.getURI().endsWith(EXCERPT_SUFFIX))
                .findFirst();
    }

    /** "WordPress export", with the version of WordPress's export format (WXR) when the document names it. */
    static String formatOf(Document xml, Namespace wp) {
        Element channel = xml.getRootElement().getChild("channel");
        String version = channel == null ? null : channel.getChildTextTrim("wxr_version", wp);
        return version == null || version.isEmpty() ? "WordPress export" : "WordPress export (WXR " + version + ")";
    }

    static List<ImportedFeed.Item> items(Namespace wp, SyndFeed feed) {
        WordPressExport export = new WordPressExport(wp, feed);
        List<SyndEntry> entries = feed.getEntries();
        entries.stream().filter(entry -> "attachment".equals(export.field(entry, "post_type"))).forEach(entry -> export.attachments.put(
                export.field(entry, "post_id"), new Attachment(export.field(entry, "attachment_url"), export.meta(entry, "_wp_attachment_image_alt"))));
        return entries.stream().map(export::item).toList();
    }

    private ImportedFeed.Item item(SyndEntry entry) {
        String type = field(entry, "post_type");
        String status = field(entry, "status");
        String skipped = skipReason(type, status);
        Publication publication = field(entry, "post_password").isEmpty() ? STATUSES.getOrDefault(status, Publication.DRAFT) : Publication.PRIVATE;
        Optional<Attachment> cover = meta(entry, "_thumbnail_id").map(attachments::get);
        return new ImportedFeed.Item(identity(entry), entry.getLink(), entry.getTitle(), excerpt(entry), publishedAt(entry),
                displayNames.getOrDefault(entry.getAuthor(), entry.getAuthor()),
                entry.getCategories().stream().map(SyndCategory::getName).toList(),
                WordPressParagraphs.of(entry.getContents().stream().map(SyndContent::getValue).findFirst().orElse("")),
                cover.map(Attachment::url).orElse(null), cover.flatMap(Attachment::alt).orElse(null),
                field(entry, "post_name").replaceFirst(TRASHED_SUFFIX + "$", ""), publication,
                "page".equals(type) ? ArticleKind.PAGE : ArticleKind.POST, skipped);
    }

    /** Why an item is left out; null for a post to import. */
    private static String skipReason(String type, String status) {
        return switch (type) {
            case "post", "page" -> "auto-draft".equals(status) ? "an automatic draft WordPress kept, never written" : null;
            case "attachment" -> "a WordPress attachment (a media file); a featured image becomes its post's cover";
            default -> "a WordPress item of type '" + type + "', which Gazette does not carry";
        };
    }

    /** WordPress's post id on its site: the identity that stays when titles, slugs and guids change. */
    private String identity(SyndEntry entry) {
        String id = field(entry, "post_id");
        return id.isEmpty() || site.isEmpty() ? entry.getUri() : site + "/?p=" + id;
    }

    private Instant publishedAt(SyndEntry entry) {
        try {
            return LocalDateTime.parse(field(entry, "post_date_gmt"), WORDPRESS_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException neverPublished) {
            // A draft's date is 0000-00-00 00:00:00.
            return null;
        }
    }

    private String excerpt(SyndEntry entry) {
        return entry.getForeignMarkup().stream().filter(element -> "encoded".equals(element.getName())
                && element.getNamespaceURI().startsWith(NAMESPACE_PREFIX) && element.getNamespaceURI().endsWith(EXCERPT_SUFFIX))
                .map(Element::getTextTrim).filter(text -> !text.isEmpty()).findFirst().orElse(null);
    }

    private Optional<String> meta(SyndEntry entry, String key) {
        return entry.getForeignMarkup().stream().filter(element -> isWordPress(element, "postmeta"))
                .filter(meta -> key.equals(meta.getChildTextTrim("meta_key", wp))).map(meta -> meta.getChildTextTrim("meta_value", wp)).findFirst();
    }

    private String field(SyndEntry entry, String name) {
        return entry.getForeignMarkup().stream().filter(element -> isWordPress(element, name)).map(Element::getTextTrim).findFirst().orElse("");
    }

    private boolean isWordPress(Element element, String name) {
        return name.equals(element.getName()) && wp.getURI().equals(element.getNamespaceURI());
    }
}
