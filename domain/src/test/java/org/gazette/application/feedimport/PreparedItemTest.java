package org.gazette.application.feedimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.gazette.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** How one feed item becomes an article's values, or is refused whole. */
class PreparedItemTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final String LINK = "https://blog.example/2025-09-03-tdd-infrastructure";

    private static ImportedFeed.Item item(String guid, String link, String title, String body) {
        return new ImportedFeed.Item(guid, link, title, "Summary.", Instant.parse("2025-09-03T10:00:00Z"), "Ann Writer",
                List.of("Testing", " ", "Infrastructure"), body, "https://cdn.example/cover.png");
    }

    @Test
    void theSlugIsTheLastSegmentOfTheItemsAddress() {
        PreparedItem prepared = PreparedItem.of(item("guid-1", LINK + "/", "TDD", "<p>x</p>"), NOW);

        assertEquals("2025-09-03-tdd-infrastructure", prepared.slug().value());
        assertEquals(List.of("Testing", "Infrastructure"), prepared.tagNames());
        assertEquals("TDD", prepared.cover().orElseThrow().alt(), "the title describes a cover that came without alt text");
    }

    @Test
    void anAddressWithoutAUsableSegmentFallsBackToTheTitle() {
        assertEquals("testing-in-production", PreparedItem.of(item("guid-2", "https://blog.example/", "Testing in Production", ""), NOW).slug().value());
        assertEquals("my-post", PreparedItem.of(item("guid-3", "https://blog.example/My_Post", "Other", ""), NOW).slug().value());
    }

    @Test
    void aPagesExtensionIsNoPartOfTheSlug() {
        assertEquals("glue-pots", PreparedItem.of(item("guid-4", "https://blog.example/notes/glue-pots.html", "Other", ""), NOW).slug().value());
        assertEquals("about", PreparedItem.of(item("guid-5", "https://blog.example/about.php", "Other", ""), NOW).slug().value());
    }

    @Test
    void theOldPathsAreTheLinksAndTheGuidsOnTheOldSite() {
        PreparedItem prepared = PreparedItem.of(item("https://blog.example/?p=123", "https://www.blog.example/2025/10/14/chisel/", "Chisel", ""), NOW);

        assertEquals(List.of("/2025/10/14/chisel/", "/?p=123"), prepared.oldPaths("https://blog.example"));
        assertEquals(List.of(), prepared.oldPaths("https://another.example"), "another site's addresses are not ours to keep");
        assertEquals(List.of(), PreparedItem.of(item("urn:uuid:1", "https://blog.example/", "Home", ""), NOW).oldPaths("https://blog.example"),
                "the front page and a guid that is no address lead nowhere");
    }

    @Test
    void theLinkIdentifiesAnItemWithoutGuid() {
        assertEquals(LINK, PreparedItem.of(item(null, LINK, "TDD", ""), NOW).guid().value());
    }

    @Test
    void anItemWithoutIdentityOrTitleIsRefusedWithTheReason() {
        assertTrue(assertThrows(RuleViolation.class, () -> PreparedItem.of(item(null, " ", "TDD", ""), NOW))
                .getMessage().contains("neither a guid nor a link"));
        assertEquals("The item has no title.", assertThrows(RuleViolation.class, () -> PreparedItem.of(item("g", LINK, "", ""), NOW)).getMessage());
    }

    @Test
    void theOriginsReadOnTheSiteBannerIsNotKept() {
        String body = "<div style=\"margin: 50px 0\">If anything looks wrong, <strong><a href=\"" + LINK + "\">read on the site!</a></strong></div><p>Text.</p>";

        PreparedItem prepared = PreparedItem.of(item("g", LINK, "TDD", body), NOW);

        assertEquals("<p>Text.</p>", prepared.bodyHtml().html());
        assertTrue(prepared.hadBanner());
    }

    @Test
    void whiteSpaceAroundTheBodyIsNotPartOfIt() {
        assertEquals("<p>Text.</p>", PreparedItem.of(item("g", LINK, "TDD", "\n   <p>Text.</p>\n          "), NOW).bodyHtml().html());
    }

    @Test
    void aLeadingNoteThatLinksElsewhereIsTheAuthorsAndStays() {
        String body = "<div><a href=\"https://elsewhere.example\">read on the site</a></div><p>Text.</p>";

        PreparedItem prepared = PreparedItem.of(item("g", LINK, "TDD", body), NOW);

        assertTrue(prepared.bodyHtml().html().contains("elsewhere.example"));
        assertFalse(prepared.hadBanner());
    }

    @Test
    void importedBodiesPassTheSanitizer() {
        PreparedItem prepared = PreparedItem.of(item("g", LINK, "TDD", "<p onclick=\"x()\">Hi</p><script>steal()</script>"), NOW);

        assertFalse(prepared.bodyHtml().html().contains("script") || prepared.bodyHtml().html().contains("onclick"), prepared.bodyHtml().html());
    }
}
