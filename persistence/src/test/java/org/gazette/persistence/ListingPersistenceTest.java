package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;

import org.gazette.application.ArticleChanged;
import org.gazette.application.ArticleDraft;
import org.gazette.domain.article.ArchiveMonth;
import org.gazette.domain.article.ArticleAddress;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.ArticleRepository.EditorsFilter;
import org.gazette.domain.article.ArticleRepository.EditorsOrder;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicPlacement;
import org.gazette.domain.article.PublicPosition;
import org.gazette.domain.article.Slug;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Listings read teasers a page at a time, continuing after a position; the archive counts months;
 * the sitemap reads addresses in parts; the editors' list reads rows. On every database Gazette supports.
 */
class ListingPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Twelve public articles a day apart (the newest is "Article 12"), two of them at the very same instant, and one draft, ada's. */
    private static void writeSite(EntityManagerFactory factory) {
        Store.inTransaction(factory, CLOCK, store -> {
            for (int n = 1; n <= 12; n++) {
                List<String> tags = n % 3 == 0 ? List.of("Thirds", "Numbers") : List.of("Numbers");
                String author = n % 2 == 0 ? "Even Author" : "Odd Author";
                store.publishing.write(new ArticleDraft("Article " + n, "article-" + n, null,
                        "Paragraph one of " + n + ".\n\n```sql\nselect count(*) from article;\n```", BodyFormat.MARKDOWN, author, tags,
                        null, null, null), "ada");
                Instant published = n == 5 ? NOW.minus(Duration.ofDays(12 - 4)) : NOW.minus(Duration.ofDays(12 - n));
                store.publishing.publishAsOf(new Slug("article-" + n), published);
            }
            store.publishing.write(new ArticleDraft("Unpublished", "unpublished", null, "Draft.", BodyFormat.MARKDOWN, "Odd Author",
                    List.of("Numbers"), null, null, null), "ada").belongTo("ada");
            return null;
        });
    }

    /** Opens an empty database of this kind, writes the site into it and hands it to the check. */
    private static void onTheSite(TestDatabase database, Consumer<EntityManagerFactory> check) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            writeSite(factory);
            check.accept(factory);
            factory.close();
        }
    }

    private static List<String> titles(List<ArticleTeaser> teasers) {
        return teasers.stream().map(ArticleTeaser::title).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesContinueAfterAPositionWithoutLosingOrRepeatingArticlesPublishedAtTheSameInstant(TestDatabase database) throws Exception {
        onTheSite(database, factory -> {
            List<String> walked = new ArrayList<>();
            Optional<PublicPosition> after = Optional.empty();
            for (int page = 0; page < 10; page++) {
                Optional<PublicPosition> from = after;
                List<ArticleTeaser> found = Store.inTransaction(factory, CLOCK, store -> store.articles.olderThan(PublicListing.EVERYTHING, from, 5));
                if (found.isEmpty()) {
                    break;
                }
                walked.addAll(titles(found));
                after = Optional.of(found.get(found.size() - 1).position());
            }
            assertEquals(12, walked.size(), walked.toString());
            assertEquals(12, walked.stream().distinct().count(), "no article twice: " + walked);
            assertEquals("Article 12", walked.get(0));
            assertTrue(walked.indexOf("Article 5") >= 0 && !walked.contains("Unpublished"), walked.toString());

            PublicPosition ofSeven = Store.inTransaction(factory, CLOCK, store -> store.articles.publicPosition(new Slug("article-7")).orElseThrow());
            assertEquals(List.of("Article 8", "Article 9"),
                    Store.inTransaction(factory, CLOCK, store -> titles(store.articles.newerThan(PublicListing.EVERYTHING, ofSeven, 2))));
            assertTrue(Store.inTransaction(factory, CLOCK, store -> store.articles.publicPosition(new Slug("unpublished"))).isEmpty());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void teasersCarryTagsInOrderAuthorsAndAnExcerptWithoutCode(TestDatabase database) throws Exception {
        onTheSite(database, factory -> {
            List<ArticleTeaser> thirds = Store.inTransaction(factory, CLOCK,
                    store -> store.articles.olderThan(PublicListing.tagged(new Slug("thirds")), Optional.empty(), 10));
            assertEquals(List.of("Article 12", "Article 9", "Article 6", "Article 3"), titles(thirds));
            ArticleTeaser twelve = thirds.get(0);
            assertEquals(List.of("Thirds", "Numbers"), twelve.tags().stream().map(ArticleTeaser.Label::name).toList());
            assertEquals("Even Author", twelve.author().name());
            assertEquals("Paragraph one of 12.", twelve.summary());
            assertEquals(1, twelve.readingMinutes());
            assertEquals(NOW, twelve.publishedAt());

            assertEquals(List.of("Article 11", "Article 9", "Article 7"), Store.inTransaction(factory, CLOCK,
                    store -> titles(store.articles.olderThan(PublicListing.by(new Slug("odd-author")), Optional.empty(), 3))));
            YearMonth march = YearMonth.from(NOW.atZone(ZoneOffset.UTC));
            List<ArticleTeaser> inMarch = Store.inTransaction(factory, CLOCK,
                    store -> store.articles.olderThan(PublicListing.publishedIn(march), Optional.empty(), 100));
            assertTrue(inMarch.stream().allMatch(teaser -> YearMonth.from(teaser.publishedAt().atZone(ZoneOffset.UTC)).equals(march)));
            List<ArchiveMonth> months = Store.inTransaction(factory, CLOCK, store -> store.articles.archiveMonths());
            assertEquals(march, months.get(0).month());
            assertEquals(inMarch.size(), months.get(0).articles());
            assertEquals(12, months.stream().mapToLong(ArchiveMonth::articles).sum());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSitemapReadsAddressesOldestFirstInPartsAndTheListingsThatHaveArticles(TestDatabase database) throws Exception {
        onTheSite(database, factory -> {
            List<ArticleAddress> second = Store.inTransaction(factory, CLOCK, store -> store.articles.publicAddresses(5, 5));
            assertEquals(5, second.size());
            for (int i = 1; i < second.size(); i++) {
                assertTrue(!second.get(i).publishedAt().isBefore(second.get(i - 1).publishedAt()), "oldest first");
            }
            assertEquals(List.of(new Slug("numbers"), new Slug("thirds")), Store.inTransaction(factory, CLOCK, store -> store.articles.tagsShown()));
            assertEquals(List.of(new Slug("even-author"), new Slug("odd-author")),
                    Store.inTransaction(factory, CLOCK, store -> store.articles.authorsShown()));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEditorsListFiltersAndSortsRowsOfEveryStatus(TestDatabase database) throws Exception {
        onTheSite(database, factory -> {
            List<EditorsRow> drafts = Store.inTransaction(factory, CLOCK, store -> store.articles.forEditors(
                    new EditorsFilter(Optional.of(ArticleStatus.DRAFT), "", "", ""), EditorsOrder.RECENTLY_CHANGED, 0, 10));
            assertEquals(List.of("Unpublished"), drafts.stream().map(EditorsRow::title).toList());
            List<EditorsRow> byTitle = Store.inTransaction(factory, CLOCK, store -> store.articles.forEditors(
                    new EditorsFilter(Optional.empty(), "ARTICLE 1", "thirds", "even-author"), EditorsOrder.TITLE, 0, 10));
            assertEquals(List.of("Article 12"), byTitle.stream().map(EditorsRow::title).toList());
            assertTrue(byTitle.get(0).isPublic());
            assertEquals(List.of("Article 12", "Article 11"), Store.inTransaction(factory, CLOCK, store -> store.articles.forEditors(
                    new EditorsFilter(Optional.empty(), null, null, null), EditorsOrder.NEWEST_PUBLISHED, 0, 2))
                    .stream().map(EditorsRow::title).toList());
            assertEquals(Optional.empty(), drafts.get(0).published(), "a draft has no publication time");
            List<EditorsRow> soonest = Store.inTransaction(factory, CLOCK, store -> store.articles.forEditors(
                    new EditorsFilter(Optional.of(ArticleStatus.PUBLISHED), null, null, null), EditorsOrder.NEXT_TO_PUBLISH, 0, 2));
            assertTrue(soonest.get(0).published().orElseThrow().isBefore(soonest.get(1).published().orElseThrow()), "the earliest first");
            assertEquals(List.of("Unpublished"), Store.inTransaction(factory, CLOCK, store -> store.articles.forEditors(
                    new EditorsFilter(Optional.of(ArticleStatus.DRAFT), null, null, null, "ada"), EditorsOrder.TITLE, 0, 10))
                    .stream().map(EditorsRow::title).toList(), "the owner's drafts");
            assertEquals(List.of(), Store.inTransaction(factory, CLOCK, store -> store.articles.forEditors(
                    new EditorsFilter(Optional.empty(), null, null, null, "grace"), EditorsOrder.TITLE, 0, 10)), "nothing of another owner's");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangeSaysWhereTheArticleStoodBeforeAndWhereItStandsNow(TestDatabase database) throws Exception {
        onTheSite(database, factory -> {
            List<ArticleChanged> announced = Store.inTransaction(factory, CLOCK, store -> {
                store.publishing.unpublish(store.articles.findBySlug(new Slug("article-12")).orElseThrow());
                return store.announced;
        });
        assertEquals(1, announced.size());
        ArticleChanged unpublished = announced.get(0);
        assertEquals(NOW, unpublished.before().publishedAt());
        assertEquals(List.of("thirds", "numbers"), unpublished.before().tagSlugs());
        assertEquals("even-author", unpublished.before().authorSlug());
        assertTrue(unpublished.placedAfter().isEmpty());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPublishedPageIsInTheSitemapsPagesButInNoListingFeedOrCount(TestDatabase database) throws Exception {
        onTheSite(database, factory -> {
            List<ArticleChanged> announced = Store.inTransaction(factory, CLOCK, store -> {
                store.publishing.write(new ArticleDraft("About", "about", null, "Who writes here.", BodyFormat.MARKDOWN, "Odd Author",
                        List.of("Solo"), null, null, null, ArticleKind.PAGE), "ada");
                store.publishing.publishAsOf(new Slug("about"), NOW.plus(Duration.ofMinutes(1)));
                return store.announced;
            });

            assertEquals(List.of(new ArticleAddress(new Slug("about"), NOW.plus(Duration.ofMinutes(1)), NOW)),
                    Store.inTransaction(factory, CLOCK, store -> store.articles.publicPages(10)));
            PublicPlacement placed = announced.get(announced.size() - 1).placedAfter().orElseThrow();
            assertTrue(PublicListing.PAGES.includes(placed));
            assertFalse(PublicListing.EVERYTHING.includes(placed));
            assertFalse(PublicListing.by(new Slug("odd-author")).includes(placed));
            assertEquals("Article 12", Store.inTransaction(factory, CLOCK,
                    store -> store.articles.olderThan(PublicListing.EVERYTHING, Optional.empty(), 1).get(0).title()));
            assertEquals(12, Store.inTransaction(factory, CLOCK, store -> store.articles.newestPublic(PublicListing.EVERYTHING, 100)).size());
            assertEquals(12L, Store.<Long>inTransaction(factory, CLOCK, store -> store.articles.countPublic()));
            assertEquals(12, Store.inTransaction(factory, CLOCK, store -> store.articles.publicAddresses(0, 100)).size());
            assertFalse(Store.inTransaction(factory, CLOCK, store -> store.articles.tagsShown()).contains(new Slug("solo")));
            assertEquals(12, Store.inTransaction(factory, CLOCK, store -> store.articles.archiveMonths()).stream()
                    .mapToLong(ArchiveMonth::articles).sum());
            assertTrue(Store.<Boolean>inTransaction(factory, CLOCK, store -> store.articles.findBySlug(new Slug("about")).orElseThrow().isPublic()));
            assertEquals(ArticleKind.PAGE, Store.inTransaction(factory, CLOCK, store -> store.articles.forEditors(
                    new EditorsFilter(Optional.empty(), "About", null, null), EditorsOrder.TITLE, 0, 1).get(0).kind()));
        });
    }
}
