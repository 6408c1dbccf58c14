package org.gazette.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gazette.application.ArticleChanged;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.domain.article.PublicPlacement;
import org.gazette.domain.article.Slug;
import org.gazette.http.Dependencies.Stretch;
import org.junit.jupiter.api.Test;

/** A change drops the documents that showed the article or that it now joins, and leaves the others cached. */
class PublicChangesTest {

    private static final Instant JAN = Instant.parse("2025-01-15T10:00:00Z");
    private static final Instant JUN = Instant.parse("2025-06-15T10:00:00Z");
    private static final Instant DEC = Instant.parse("2025-12-15T10:00:00Z");
    private static final Instant NEXT_YEAR = Instant.parse("2026-03-01T10:00:00Z");

    /** The first page shows the newest articles down to June. */
    private static final Dependencies FIRST_PAGE = Dependencies.of(Stretch.showing(PublicListing.EVERYTHING, PublicationSpan.downTo(Optional.of(JUN))));
    /** A deeper page shows the articles from June down to January. */
    private static final Dependencies DEEP_PAGE = Dependencies.of(
            Stretch.showing(PublicListing.EVERYTHING, new PublicationSpan(Optional.of(JUN), Optional.of(JAN))));
    private static final Dependencies ARCHIVE_INDEX = Dependencies.of(Stretch.membership(PublicListing.EVERYTHING, PublicationSpan.WHOLE));

    private static PublicPlacement at(Instant published, String... tags) {
        return new PublicPlacement("article-" + published, published, List.of(tags), "ada", true);
    }

    private static PublicChanges changes(PublicPlacement before, PublicPlacement after) {
        return new PublicChanges(List.of(new ArticleChanged(before != null ? before.articleId() : after.articleId(), before, after)));
    }

    @Test
    void aNewArticleAltersTheFirstPageAndTheCountsButNotADeeperPage() {
        PublicChanges published = changes(null, at(NEXT_YEAR));

        assertTrue(published.alter(FIRST_PAGE));
        assertTrue(published.alter(ARCHIVE_INDEX));
        assertFalse(published.alter(DEEP_PAGE));
    }

    @Test
    void anEditAltersThePagesShowingTheArticleButNotTheCounts() {
        PublicChanges edited = changes(at(DEC, "java"), at(DEC, "java"));

        assertTrue(edited.alter(FIRST_PAGE));
        assertFalse(edited.alter(DEEP_PAGE));
        assertFalse(edited.alter(ARCHIVE_INDEX), "an edit moves nothing");
    }

    @Test
    void unpublishingAltersWhereTheArticleStood() {
        PublicChanges unpublished = changes(at(Instant.parse("2025-03-01T00:00:00Z")), null);

        assertTrue(unpublished.alter(DEEP_PAGE));
        assertFalse(unpublished.alter(FIRST_PAGE));
        assertTrue(unpublished.alter(ARCHIVE_INDEX));
    }

    @Test
    void aMovedPublicationDateAltersBothPlaces() {
        PublicChanges moved = changes(at(Instant.parse("2025-03-01T00:00:00Z")), at(NEXT_YEAR));

        assertTrue(moved.alter(DEEP_PAGE));
        assertTrue(moved.alter(FIRST_PAGE));
    }

    @Test
    void aTagListingHearsOnlyOfArticlesThatCarryOrCarriedTheTag() {
        Dependencies javaPage = Dependencies.of(Stretch.showing(PublicListing.tagged(new Slug("java")), PublicationSpan.WHOLE));

        assertFalse(changes(at(DEC, "go"), at(DEC, "go")).alter(javaPage));
        assertTrue(changes(at(DEC, "java", "go"), at(DEC, "go")).alter(javaPage), "the tag was taken off");
        assertTrue(changes(at(DEC, "go"), at(DEC, "go", "java")).alter(javaPage), "the tag was put on");
    }

    @Test
    void aYearOfTheArchiveHearsOnlyOfItsOwnYear() {
        Dependencies year2025 = Dependencies.of(Stretch.showing(PublicListing.publishedIn(Year.of(2025)), PublicationSpan.WHOLE));

        assertTrue(changes(null, at(JUN)).alter(year2025));
        assertFalse(changes(null, at(NEXT_YEAR)).alter(year2025));
    }

    @Test
    void manyChangesAtOnceAreSummedUpAsTheirSpan() {
        List<ArticleChanged> imported = new ArrayList<>();
        for (int day = 0; day < 100; day++) {
            PublicPlacement placement = at(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(day * 86_400L));
            imported.add(new ArticleChanged(placement.articleId(), null, placement));
        }
        PublicChanges chunk = new PublicChanges(imported);

        assertFalse(chunk.alter(DEEP_PAGE), "every imported article is older than January 2025");
        assertTrue(chunk.alter(Dependencies.of(Stretch.showing(PublicListing.EVERYTHING, new PublicationSpan(Optional.of(JAN), Optional.empty())))));
    }
}
