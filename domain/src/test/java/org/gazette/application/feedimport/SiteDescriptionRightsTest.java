package org.gazette.application.feedimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gazette.application.Actor;
import org.gazette.application.feedimport.ImportReport.ItemOutcome;
import org.gazette.domain.user.Role;
import org.junit.jupiter.api.Test;

/** An import into an empty site fills in the site's settings only when an administrator runs it, and says so. */
class SiteDescriptionRightsTest {

    private static final ImportedFeed FEED = new ImportedFeed(new ImportedFeed.Channel("Their blog", "https://their.example", "Theirs.", null),
            List.of(new ImportedFeed.Item("urn:test:1", "https://their.example/one", "One", "Summary.", Instant.parse("2025-09-03T10:00:00Z"),
                    "Ann Writer", List.of(), "<p>One.</p>", null)), "RSS 2.0");

    /** An empty site that takes every item and remembers whether it was described. */
    private static final class EmptySite extends ImportChunk {

        final List<String> describedAs = new ArrayList<>();

        @Override
        public boolean siteIsEmpty() {
            return true;
        }

        @Override
        public List<ItemOutcome> write(List<ImportedFeed.Item> items, String origin, Set<String> seen, String importedBy) {
            return items.stream().map(item -> new ItemOutcome(item.guid(), "one", ImportReport.Outcome.CREATED, "")).toList();
        }

        @Override
        public void describeSite(ImportedFeed.Channel channel, boolean showBanner) {
            describedAs.add(channel.title());
        }
    }

    private static ImportReport importAs(Role role, EmptySite site) {
        FeedImport feedImport = new FeedImport();
        feedImport.chunks = site;
        feedImport.images = new ImportedImages();
        return feedImport.importFeed(FEED, false, new Actor("someone", role, "192.0.2.1"), FeedImport.Progress.NONE);
    }

    @Test
    void anEditorsImportLeavesTheSiteSettingsAlone() {
        EmptySite site = new EmptySite();

        ImportReport report = importAs(Role.EDITOR, site);

        assertEquals(1, report.created());
        assertFalse(report.siteDescribed());
        assertEquals(List.of(), site.describedAs);
    }

    @Test
    void anAdministratorsImportDescribesTheEmptySiteAndTheReportSaysSo() {
        EmptySite site = new EmptySite();

        ImportReport report = importAs(Role.ADMIN, site);

        assertTrue(report.siteDescribed());
        assertEquals(List.of("Their blog"), site.describedAs);
    }
}
