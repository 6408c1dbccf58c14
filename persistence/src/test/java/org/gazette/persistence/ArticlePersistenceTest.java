package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

import org.gazette.application.ArticleDraft;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.Slug;
import org.gazette.domain.tag.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Articles go into a real database and come back whole, on every database Gazette supports. */
class ArticlePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String BODY = """
            Intro with a [link](https://example.org/docs).

            ```java
            if (a < b) {
                System.out.println("  two spaces kept");
            }
            ```
            """;

    private static ArticleDraft draft(String title, String slug, List<String> tags) {
        return new ArticleDraft(title, slug, "What this is about.", BODY, BodyFormat.MARKDOWN, "Ada Lovelace",
                tags, "https://cdn.example.org/cover.png", "A loom weaving numbers", "Photo: the Analytical Engine archive");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPublishedArticleComesBackWholeInAFreshPersistenceContext(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory writer = db.entityManagerFactory();
            Article written = Store.inTransaction(writer, CLOCK, store -> {
                Article article = store.publishing.write(draft("Weaving Numbers", null, List.of("Looms", "Algebra", "History")), "ada");
                return store.publishing.publish(article);
            });
            writer.close();

            EntityManagerFactory reader = db.entityManagerFactory();
            Article read = Store.inTransaction(reader, CLOCK, store -> store.articles.findBySlug(new Slug("weaving-numbers")).orElseThrow());
            reader.close();

            assertEquals(written.guid(), read.guid());
            assertEquals("Weaving Numbers", read.title());
            assertEquals("What this is about.", read.summary());
            assertEquals(BODY, read.bodySource());
            assertTrue(read.bodyHtml().contains("System.out.println(&#34;  two spaces kept&#34;);"), read.bodyHtml());
            assertEquals(BodyFormat.MARKDOWN, read.bodyFormat());
            assertEquals("Ada Lovelace", read.author().name());
            assertEquals(List.of("Looms", "Algebra", "History"), read.tags().stream().map(Tag::name).toList());
            assertEquals("https://cdn.example.org/cover.png", read.cover().orElseThrow().url());
            assertEquals("A loom weaving numbers", read.cover().orElseThrow().alt());
            assertEquals("Photo: the Analytical Engine archive", read.cover().orElseThrow().caption().orElseThrow());
            assertEquals(ArticleStatus.PUBLISHED, read.status());
            assertEquals(NOW, read.publishedAt().orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChosenSlugThatIsTakenIsRefusedAndNothingIsWritten(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            Store.inTransaction(factory, CLOCK, store -> store.publishing.write(draft("First", "shared-slug", List.of("Looms")), "ada"));

            RuleViolation refused = assertThrows(RuleViolation.class, () -> Store.inTransaction(factory, CLOCK,
                    store -> store.publishing.write(draft("Second", "shared-slug", List.of("New Tag")), "ada")));

            assertEquals("The slug 'shared-slug' is already used by another article; choose another one.", refused.getMessage());
            assertEquals(1L, Store.<Long>inTransaction(factory, CLOCK, store -> store.articles.count()));
            assertFalse(Store.<Boolean>inTransaction(factory, CLOCK, store -> store.articles.slugTaken(new Slug("new-tag"))));
            factory.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSlugDerivedFromATakenTitleGetsTheNextFreeNumber(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            for (int i = 0; i < 3; i++) {
                Store.inTransaction(factory, CLOCK, store -> store.publishing.write(draft("Same Title", null, List.of()), "ada"));
            }
            for (String slug : List.of("same-title", "same-title-2", "same-title-3")) {
                assertTrue(Store.<Boolean>inTransaction(factory, CLOCK, store -> store.articles.slugTaken(new Slug(slug))), slug);
            }
            factory.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseItselfRefusesADuplicateSlug(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            Article first = Store.inTransaction(factory, CLOCK, store -> store.publishing.write(draft("One", "one", List.of()), "ada"));
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            em.persist(new Article(Guid.random(), first.slug(), "Sneaked in", em.merge(first.author()), NOW));
            assertThrows(PersistenceException.class, () -> em.getTransaction().commit());
            em.close();
            assertEquals(1L, Store.<Long>inTransaction(factory, CLOCK, store -> store.articles.count()));
            factory.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStaleEditIsRefusedInsteadOfOverwritingANewerOne(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            Store.inTransaction(factory, CLOCK, store -> store.publishing.write(draft("Contested", null, List.of()), "ada"));
            EntityManager first = factory.createEntityManager();
            EntityManager second = factory.createEntityManager();
            Article mine = new JpaArticleRepository(first).findBySlug(new Slug("contested")).orElseThrow();
            Article theirs = new JpaArticleRepository(second).findBySlug(new Slug("contested")).orElseThrow();

            second.getTransaction().begin();
            theirs.retitle("Their title", NOW);
            second.getTransaction().commit();
            first.getTransaction().begin();
            mine.retitle("My title", NOW);
            RollbackException stale = assertThrows(RollbackException.class, () -> first.getTransaction().commit());
            assertTrue(stale.getCause() instanceof OptimisticLockException, String.valueOf(stale.getCause()));
            first.close();
            second.close();

            assertEquals("Their title", Store.inTransaction(factory, CLOCK,
                    store -> store.articles.findBySlug(new Slug("contested")).orElseThrow().title()));
            factory.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readersSeeOnlyPublicArticlesNewestFirstAndScheduledOnesWhenDue(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            Store.inTransaction(factory, CLOCK, store -> {
                for (String title : List.of("Old", "New", "Draft", "Trashed", "Later")) {
                    store.publishing.write(draft(title, null, List.of()), "ada");
                }
                store.publishing.publishAsOf(new Slug("old"), NOW.minus(Duration.ofDays(2)));
                store.publishing.publishAsOf(new Slug("new"), NOW.minus(Duration.ofDays(1)));
                store.publishing.trash(store.articles.findBySlug(new Slug("trashed")).orElseThrow());
                return store.publishing.schedule(store.articles.findBySlug(new Slug("later")).orElseThrow(), NOW.plus(Duration.ofHours(1)));
            });

            assertEquals(List.of("New", "Old"), Store.inTransaction(factory, CLOCK,
                    store -> store.articles.olderThan(PublicListing.EVERYTHING, Optional.empty(), 10).stream().map(ArticleTeaser::title).toList()));
            assertEquals(2L, Store.<Long>inTransaction(factory, CLOCK, store -> store.articles.countPublic()));

            Clock inTwoHours = Clock.offset(CLOCK, Duration.ofHours(2));
            assertEquals(0, Store.<Integer>inTransaction(factory, CLOCK, store -> store.publishing.publishDue()));
            assertEquals(1, Store.<Integer>inTransaction(factory, inTwoHours, store -> store.publishing.publishDue()));
            assertEquals(List.of("Later", "New", "Old"), Store.inTransaction(factory, inTwoHours,
                    store -> store.articles.olderThan(PublicListing.EVERYTHING, Optional.empty(), 10).stream().map(ArticleTeaser::title).toList()));
            factory.close();
        }
    }
}
