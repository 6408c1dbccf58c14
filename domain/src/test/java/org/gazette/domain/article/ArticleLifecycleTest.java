package org.gazette.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.author.Author;
import org.gazette.domain.tag.Tag;
import org.junit.jupiter.api.Test;

/** The life cycle of an article: draft, scheduled, published, unpublished, trashed. */
class ArticleLifecycleTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));
    private static final Instant WEDNESDAY = MONDAY.plus(Duration.ofDays(2));

    private static Article draft() {
        return new Article(Guid.random(), new Slug("on-slugs"), "On Slugs", new Author("Ann Writer", new Slug("ann-writer")), MONDAY);
    }

    private static String refusal(Runnable step) {
        return assertThrows(RuleViolation.class, step::run).getMessage();
    }

    @Test
    void aNewArticleIsAPrivateDraft() {
        Article article = draft();

        assertEquals(ArticleStatus.DRAFT, article.status());
        assertFalse(article.isPublic());
        assertEquals(Optional.empty(), article.publishedAt());
    }

    @Test
    void publishingADraftMakesItPublicAsOfNow() {
        Article article = draft();

        article.publish(TUESDAY);

        assertEquals(ArticleStatus.PUBLISHED, article.status());
        assertTrue(article.isPublic());
        assertEquals(Optional.of(TUESDAY), article.publishedAt());
        assertEquals(TUESDAY, article.updatedAt());
    }

    @Test
    void aScheduledArticleWaitsForItsTime() {
        Article article = draft();
        article.schedule(WEDNESDAY, MONDAY);

        assertFalse(article.publishIfDue(TUESDAY));
        assertEquals(ArticleStatus.SCHEDULED, article.status());
        assertTrue(article.publishIfDue(WEDNESDAY));
        assertEquals(ArticleStatus.PUBLISHED, article.status());
        assertEquals(Optional.of(WEDNESDAY), article.publishedAt());
    }

    @Test
    void aScheduleInThePastIsRefused() {
        Article article = draft();

        assertTrue(refusal(() -> article.schedule(MONDAY, TUESDAY)).contains("publish the article now instead"));
        assertEquals(ArticleStatus.DRAFT, article.status());
    }

    @Test
    void republishingKeepsTheOriginalPublicationDate() {
        Article article = draft();
        article.publish(MONDAY);
        article.unpublish(TUESDAY);

        article.publish(WEDNESDAY);

        assertEquals(Optional.of(MONDAY), article.publishedAt());
    }

    @Test
    void aTrashedArticleIsRestoredAsADraft() {
        Article article = draft();
        article.publish(MONDAY);
        article.trash(TUESDAY);
        assertFalse(article.isPublic());

        article.restore(WEDNESDAY);

        assertEquals(ArticleStatus.DRAFT, article.status());
        assertFalse(article.isPublic());
    }

    @Test
    void stepsTheLifeCycleDoesNotAllowAreRefusedWithWhatToDoInstead() {
        Article trashed = draft();
        trashed.trash(MONDAY);
        assertEquals("Cannot publish an article that is in the trash; restore it from the trash first.", refusal(() -> trashed.publish(TUESDAY)));
        assertTrue(refusal(() -> trashed.trash(TUESDAY)).contains("in the trash"));

        Article published = draft();
        published.publish(MONDAY);
        assertEquals("Cannot schedule an article that is published; unpublish it first.", refusal(() -> published.schedule(WEDNESDAY, TUESDAY)));
        assertTrue(refusal(() -> published.revertToDraft(TUESDAY)).contains("unpublish it first"));
        assertTrue(refusal(() -> published.publish(TUESDAY)).contains("Cannot publish an article that is published"));

        Article draft = draft();
        assertEquals("Cannot unpublish an article that is a draft.", refusal(() -> draft.unpublish(TUESDAY)));
        assertEquals("Only an article in the trash can be restored; this one is a draft.", refusal(() -> draft.restore(TUESDAY)));
        assertEquals(ArticleStatus.DRAFT, draft.status());
    }

    @Test
    void aHiddenArticleIsNotPublicEvenWhenPublished() {
        Article article = draft();
        article.publish(MONDAY);

        article.hide(true, TUESDAY);

        assertFalse(article.isPublic());
    }

    @Test
    void theBodyIsRenderedOnceAndSanitized() {
        Article article = draft();

        article.writeBody("Hi <script>alert(1)</script>\n\n```java\nint  x = 1;\n```\n\n[x](javascript:alert(1))", BodyFormat.MARKDOWN, TUESDAY);

        assertTrue(article.bodyHtml().contains("<pre><code class=\"language-java\">int  x &#61; 1;\n</code></pre>"), article.bodyHtml());
        assertFalse(article.bodyHtml().contains("script"), article.bodyHtml());
        assertFalse(article.bodyHtml().contains("javascript:"), article.bodyHtml());
        assertTrue(article.bodySource().contains("<script>"), "the source is kept as written");
    }

    @Test
    void tagsKeepTheirOrderAndCountOnce() {
        Article article = draft();
        Tag java = new Tag("Java");
        Tag feeds = new Tag("Feeds");

        article.tagWith(List.of(java, feeds, java), TUESDAY);

        assertEquals(List.of(java, feeds), article.tags());
    }

    @Test
    void aCoverNeedsAltText() {
        assertTrue(assertThrows(RuleViolation.class, () -> new CoverImage("/cover.png", " ")).getMessage().contains("alt text"));
    }

    @Test
    void aPublishedPageIsPublicButPlacedOnlyAmongThePages() {
        Article article = draft();
        article.tagWith(List.of(new Tag("Notes")), MONDAY);
        article.publish(TUESDAY);
        PublicPlacement before = article.placement().orElseThrow();

        article.classifyAs(ArticleKind.PAGE, WEDNESDAY);

        assertTrue(article.isPublic());
        PublicPlacement after = article.placement().orElseThrow();
        assertTrue(PublicListing.EVERYTHING.includes(before) && PublicListing.tagged(new Slug("notes")).includes(before));
        assertFalse(PublicListing.PAGES.includes(before));
        assertFalse(PublicListing.EVERYTHING.includes(after) || PublicListing.tagged(new Slug("notes")).includes(after));
        assertTrue(PublicListing.PAGES.includes(after));
        assertEquals(WEDNESDAY, article.updatedAt());
    }
}
