package org.gazette.application.feedimport;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.gazette.domain.article.ArticleKind;

/**
 * A feed as read from its document: the channel, its items in document order, and the format the
 * document was recognized as, such as "RSS 2.0" or "WordPress export (WXR 1.2)".
 */
public record ImportedFeed(Channel channel, List<Item> items, String format) {

    public ImportedFeed {
        items = List.copyOf(items);
    }

    /** What describes the whole feed; it fills the settings of a site that has no articles yet. */
    public record Channel(String title, String link, String description, String imageUrl) {

        /** Which feed this is, as the origin of the articles it brings: its site's address, or nothing better known. */
        public String origin() {
            if (link == null || link.isBlank()) {
                return "a feed without a link";
            }
            return link.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        }
    }

    /** What the origin had made of an item: a feed carries only published ones, an export all of them. */
    public enum Publication {
        PUBLISHED,
        /** To be published at its date. */
        SCHEDULED,
        DRAFT,
        /** Waiting for an editor's review. */
        PENDING,
        /** Visible to its site's editors only: here, a draft, since private articles are no part of a public site. */
        PRIVATE,
        TRASHED
    }

    /**
     * One item as the document gives it; any field may be missing, and checking is the importer's
     * job. {@code slug} is the origin's own when it names one, {@code kind} whether it was a post or a
     * page there, {@code skipped} why the item is left out on purpose (null for an item to import).
     */
    public record Item(
            String guid,
            String link,
            String title,
            String summary,
            Instant published,
            String authorName,
            List<String> categories,
            String bodyHtml,
            String coverUrl,
            String coverAlt,
            String slug,
            Publication publication,
            ArticleKind kind,
            String skipped) {

        public Item {
            categories = categories == null ? List.of() : List.copyOf(categories);
            publication = publication == null ? Publication.PUBLISHED : publication;
            kind = kind == null ? ArticleKind.POST : kind;
        }

        /** The same item showing its images from these addresses. */
        public Item withImages(String newBodyHtml, String newCoverUrl) {
            return new Item(guid, link, title, summary, published, authorName, categories, newBodyHtml, newCoverUrl, coverAlt, slug, publication,
                    kind, skipped);
        }

        /** A feed's item: published, named by its link. */
        public Item(String guid, String link, String title, String summary, Instant published, String authorName, List<String> categories,
                String bodyHtml, String coverUrl) {
            this(guid, link, title, summary, published, authorName, categories, bodyHtml, coverUrl, null, null, Publication.PUBLISHED, ArticleKind.POST, null);
        }
    }
}
