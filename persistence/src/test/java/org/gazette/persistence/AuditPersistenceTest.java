package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.audit.AuditEntry;
import org.gazette.domain.audit.AuditRepository.AuditFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit trail as administrators filter and page it, and as retention prunes it, on each database. */
class AuditPersistenceTest {

    private static final Instant DAY = Instant.parse("2026-12-01T00:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersMatchUserActionSubjectAndDaysAndReadingOnNeverSkipsOrRepeats(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            inTransaction(factory, trail -> {
                trail.add(entry(DAY.plusSeconds(10), "Edith", AuditAction.PUBLISHED, "Sharpening a chisel (/sharpening)"));
                trail.add(entry(DAY.plusSeconds(20), "ada", AuditAction.ARTICLE_SAVED, "Sharpening a chisel (/sharpening)"));
                trail.add(entry(DAY.plusSeconds(86_400), "edith", AuditAction.UNPUBLISHED, "100% rye (/rye)"));
                // Five entries of one moment: only the id orders them.
                for (int same = 0; same < 5; same++) {
                    trail.add(entry(DAY.plusSeconds(30), "bulk", AuditAction.MEDIA_UPLOADED, "photo-" + same + ".jpg"));
                }
                return null;
            });

            assertEquals(List.of("edith", "Edith"), usernames(factory, new AuditFilter("EDI", null, null, null, null)), "part of the name, any case");
            assertEquals(List.of("ada"), usernames(factory, new AuditFilter(null, AuditAction.ARTICLE_SAVED, null, null, null)));
            assertEquals(List.of("ada", "Edith"), usernames(factory, new AuditFilter(null, null, "CHISEL", null, null)));
            assertEquals(List.of("edith"), usernames(factory, new AuditFilter(null, null, "100%", null, null)), "a % in the filter is a %");
            assertEquals(List.of(), usernames(factory, new AuditFilter(null, null, "1_0", null, null)), "and an _ an _");
            assertEquals(7, (int) inTransaction(factory, trail -> trail.newest(new AuditFilter(null, null, null, DAY, DAY.plusSeconds(86_400)), 0, 100).size()),
                    "the first day only");
            assertEquals(List.of("edith"), usernames(factory, new AuditFilter(null, null, null, DAY.plusSeconds(86_400), null)));

            List<String> stepped = new ArrayList<>();
            Optional<AuditEntry> last = Optional.empty();
            List<AuditEntry> step;
            do {
                Optional<AuditEntry> after = last;
                step = inTransaction(factory, trail -> trail.after(AuditFilter.ALL, after, 2));
                step.forEach(entry -> stepped.add(entry.id()));
                last = step.isEmpty() ? last : Optional.of(step.get(step.size() - 1));
            } while (!step.isEmpty());
            assertEquals(inTransaction(factory, trail -> trail.newest(AuditFilter.ALL, 0, 100)).stream().map(AuditEntry::id).toList(), stepped,
                    "steps of two read every entry once, in the order of one read");

            assertEquals(7, (int) inTransaction(factory, trail -> trail.removeBefore(DAY.plusSeconds(86_400))));
            assertEquals(List.of("edith"), usernames(factory, AuditFilter.ALL));
            factory.close();
        }
    }

    private static AuditEntry entry(Instant at, String username, AuditAction action, String subject) {
        return new AuditEntry(at, username, "203.0.113.9", action, null, subject, null);
    }

    private static List<String> usernames(EntityManagerFactory factory, AuditFilter filter) {
        return inTransaction(factory, trail -> trail.newest(filter, 0, 100).stream().map(AuditEntry::username).distinct().toList());
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<JpaAuditRepository, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new JpaAuditRepository(em));
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }
}
