package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.gazette.domain.redirect.Redirect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Addresses that move again, and move back, lead readers straight to the live one and never in a circle. */
class RedirectPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMoveOnLeadsStraightThereAndAMoveBackLeavesNoLoop(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            moveInItsOwnTransaction(factory, "/authors/a", "/authors/b");
            moveInItsOwnTransaction(factory, "/authors/b", "/authors/c");
            assertEquals(Optional.of("/authors/c"), target(factory, "/authors/a"), "no chain through b");
            assertEquals(Optional.of("/authors/c"), target(factory, "/authors/b"));

            moveInItsOwnTransaction(factory, "/authors/c", "/authors/a");

            assertEquals(Optional.empty(), target(factory, "/authors/a"), "a is live again");
            assertEquals(Optional.of("/authors/a"), target(factory, "/authors/b"));
            assertEquals(Optional.of("/authors/a"), target(factory, "/authors/c"));
            factory.close();
        }
    }

    private static void moveInItsOwnTransaction(EntityManagerFactory factory, String from, String to) {
        Store.inTransaction(factory, CLOCK, store -> {
            store.redirects.move(from, to);
            return null;
        });
    }

    private static Optional<String> target(EntityManagerFactory factory, String path) {
        return Store.inTransaction(factory, CLOCK, store -> store.redirects.findFrom(path).map(Redirect::toPath));
    }
}
