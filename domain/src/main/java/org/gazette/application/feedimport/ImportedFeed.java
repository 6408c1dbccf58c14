package org.gazette.application.feedimport;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A feed as read from its document: the channel and its items, in document order. */
public record ImportedFeed(Channel channel, List<Item> items) {

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

    /** One item as the feed gives it; any field may be missing, and checking is the importer's job. */
    public record Item(
            String guid,
            String link,
            String title,
            String summary,
            Instant published,
            String authorName,
            List<String> categories,
            String bodyHtml,
            String coverUrl) {

        public Item {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }
}
