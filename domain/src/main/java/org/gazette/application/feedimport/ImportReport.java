package org.gazette.application.feedimport;

import java.util.List;

/**
 * What an import did: how many items of each outcome, for every item its guid, slug and outcome,
 * and whether it took the site's title, address and icon from the feed (an administrator's import
 * into an empty site does).
 */
public record ImportReport(int created, int updated, int unchanged, int rejected, boolean siteDescribed, List<ItemOutcome> items) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /** One item's fate; {@code reason} says why an item was rejected and is empty otherwise. */
    public record ItemOutcome(String guid, String slug, Outcome outcome, String reason) {
    }

    static ImportReport of(List<ItemOutcome> items) {
        return new ImportReport(count(items, Outcome.CREATED), count(items, Outcome.UPDATED),
                count(items, Outcome.UNCHANGED), count(items, Outcome.REJECTED), false, List.copyOf(items));
    }

    ImportReport describingTheSite() {
        return new ImportReport(created, updated, unchanged, rejected, true, items);
    }

    private static int count(List<ItemOutcome> items, Outcome outcome) {
        return (int) items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
