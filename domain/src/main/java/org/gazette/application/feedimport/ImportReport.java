package org.gazette.application.feedimport;

import java.util.List;

/**
 * What an import did: which format it read the document as, how many items of each outcome, for every item its guid, slug and outcome,
 * whether it took the site's title, address and icon from the feed (an administrator's import
 * into an empty site does), and, for an import that copies images, what became of each image it
 * tried to copy.
 */
public record ImportReport(String format, int created, int updated, int unchanged, int rejected, int skipped, boolean siteDescribed,
        List<ItemOutcome> items, List<ImageOutcome> images) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED,
        /** Left out on purpose, as what Gazette does not carry (a WordPress attachment or a custom post type). */
        SKIPPED
    }

    /** One item's fate; {@code reason} says why an item was rejected or skipped and is empty otherwise. */
    public record ItemOutcome(String guid, String slug, Outcome outcome, String reason) {
    }

    /**
     * One image of the old site: copied into the media library, where {@code address} serves it, or
     * not, and then {@code reason} says why and the article keeps the old address.
     */
    public record ImageOutcome(String source, String address, boolean copied, String reason) {
    }

    static ImportReport of(String format, List<ItemOutcome> items, List<ImageOutcome> images) {
        return new ImportReport(format, count(items, Outcome.CREATED), count(items, Outcome.UPDATED),
                count(items, Outcome.UNCHANGED), count(items, Outcome.REJECTED), count(items, Outcome.SKIPPED), false, List.copyOf(items),
                List.copyOf(images));
    }

    ImportReport describingTheSite() {
        return new ImportReport(format, created, updated, unchanged, rejected, skipped, true, items, images);
    }

    /** How many items had this outcome. */
    public int count(Outcome outcome) {
        return count(items, outcome);
    }

    public int imagesCopied() {
        return (int) images.stream().filter(ImageOutcome::copied).count();
    }

    public int imagesFailed() {
        return images.size() - imagesCopied();
    }

    private static int count(List<ItemOutcome> items, Outcome outcome) {
        return (int) items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
