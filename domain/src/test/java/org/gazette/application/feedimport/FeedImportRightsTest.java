package org.gazette.application.feedimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.gazette.application.Actor;
import org.gazette.application.NotPermitted;
import org.gazette.domain.user.Role;
import org.junit.jupiter.api.Test;

/** Imports write published articles, so the service itself refuses anyone below an editor, whichever screen or API asked. */
class FeedImportRightsTest {

    private static final ImportedFeed EMPTY = new ImportedFeed(new ImportedFeed.Channel("A blog", "https://blog.example", null, null), List.of(), "RSS 2.0");

    @Test
    void authorsAndContributorsMayNotImport() {
        for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
            NotPermitted refused = assertThrows(NotPermitted.class,
                    () -> new FeedImport().importFeed(EMPTY, false, new Actor("someone", role, "192.0.2.1"), FeedImport.Progress.NONE));
            assertEquals("Only editors and administrators may import feeds.", refused.getMessage());
        }
    }
}
