package org.gazette.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gazette.domain.author.Author;
import org.gazette.domain.tag.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where an article stands in the public listings, and what listings show of it without reading its
 * body: the excerpt, the reading time and the library images it uses are derived when it is written.
 */
class ArticleListingsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));
    private static final String IMAGE = "0f9e7c1a-3b2d-4c5e-8f70-123456789abc";

    private static Article draft() {
        Article article = new Article(Guid.random(), new Slug("on-slugs"), "On Slugs", new Author("Ann Writer", new Slug("ann-writer")), MONDAY);
        article.tagWith(List.of(new Tag("Java"), new Tag("Style")), MONDAY);
        return article;
    }

    @Test
    void aDraftStandsNowhereAndPublishingPlacesItUnderItsTagsAndAuthor() {
        Article article = draft();
        assertEquals(Optional.empty(), article.placement());

        article.publish(TUESDAY);

        PublicPlacement placed = article.placement().orElseThrow();
        assertEquals(TUESDAY, placed.publishedAt());
        assertEquals(List.of("java", "style"), placed.tagSlugs());
        assertEquals("ann-writer", placed.authorSlug());
        assertEquals(Optional.empty(), article.placementBeforeChanges(), "a new article stood nowhere");
        assertTrue(PublicListing.tagged(new Slug("java")).includes(placed));
        assertFalse(PublicListing.tagged(new Slug("go")).includes(placed));
        assertTrue(PublicListing.by(new Slug("ann-writer")).includes(placed));
        assertTrue(PublicListing.publishedIn(Year.of(2026)).includes(placed));
        assertTrue(PublicListing.publishedIn(YearMonth.of(2026, 3)).includes(placed));
        assertFalse(PublicListing.publishedIn(YearMonth.of(2026, 2)).includes(placed));
    }

    @Test
    void theFirstChangeRemembersWhereTheArticleStoodBefore() {
        Article article = draft();
        article.publish(TUESDAY);
        Article loaded = reloaded(article);

        loaded.tagWith(List.of(new Tag("Go")), TUESDAY);
        loaded.unpublish(TUESDAY);

        assertEquals(List.of("java", "style"), loaded.placementBeforeChanges().orElseThrow().tagSlugs(), "as it was before the first change");
        assertEquals(Optional.empty(), loaded.placement(), "unpublished, it stands nowhere now");
    }

    @Test
    void anUnchangedArticleStandsWhereItStood() {
        Article article = draft();
        article.publish(TUESDAY);
        Article loaded = reloaded(article);

        assertEquals(loaded.placement(), loaded.placementBeforeChanges());
    }

    @Test
    void theExcerptReadingTimeAndLibraryImagesAreDerivedWhenTheArticleIsWritten() {
        Article article = draft();
        article.writeBody("Some prose first.\n\n```sql\nselect count(*) from article;\n```\n\n![A dock](/media/" + IMAGE + "/480/dock.png)\n\n"
                + "word ".repeat(500), BodyFormat.MARKDOWN, MONDAY);

        assertFalse(article.summary().contains("select"), "no code in the excerpt: " + article.summary());
        assertTrue(article.summary().startsWith("Some prose first."), article.summary());
        assertEquals(3, article.readingTime().minutes());
        assertEquals(Set.of(IMAGE), article.mediaShown());

        article.summarize("The editor's own.", MONDAY);
        assertEquals("The editor's own.", article.summary());
        article.coverWith(new CoverImage("https://cdn.example/x.png", "A cover"), MONDAY);
        assertEquals(Set.of(IMAGE), article.mediaShown(), "a cover from elsewhere is no library image");
        article.writeBody("Nothing from the library.", BodyFormat.MARKDOWN, MONDAY);
        assertEquals(Set.of(), article.mediaShown());
    }

    /** The article as a new unit of work loads it: what it stood as before is where it stands. */
    private static Article reloaded(Article article) {
        try {
            var copy = Article.class.getDeclaredConstructor();
            copy.setAccessible(true);
            Article loaded = copy.newInstance();
            for (var field : Article.class.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(loaded, field.get(article));
                }
            }
            return loaded;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
