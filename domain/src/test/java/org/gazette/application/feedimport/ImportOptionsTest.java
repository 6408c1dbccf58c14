package org.gazette.application.feedimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.gazette.domain.RuleViolation;

class ImportOptionsTest {

    @Test
    void theOldSitesAddressIsItsHomePageWithoutTheTrailingSlashAndMayBeLeftOut() {
        assertEquals("https://old-blog.example", new ImportOptions(false, " https://old-blog.example/ ").oldSite());
        assertEquals("http://old-blog.example/blog", new ImportOptions(true, "http://old-blog.example/blog").oldSite());
        assertNull(new ImportOptions(true, "  ").oldSite());
        assertNull(ImportOptions.NONE.oldSite());
    }

    @Test
    void anAddressThatIsNoSitesIsRefusedNamingWhatIsWanted() {
        for (String wrong : new String[] {"old-blog.example", "ftp://old-blog.example", "https://old-blog.example/?p=1", "javascript:alert(1)",
                "https://" + "a".repeat(ImportOptions.MAX_ADDRESS_LENGTH)}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> new ImportOptions(false, wrong), wrong);
            assertTrue(refused.getMessage().startsWith("The old site's address must be the http:// or https:// address of its home page"),
                    refused.getMessage());
        }
    }
}
