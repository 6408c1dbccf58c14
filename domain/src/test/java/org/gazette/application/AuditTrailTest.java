package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.audit.AuditEntry;
import org.gazette.domain.audit.AuditRepository.AuditFilter;
import org.gazette.domain.user.Role;
import org.junit.jupiter.api.Test;

/** Only administrators read the trail, and retention removes exactly what is older than it allows, saying so. */
class AuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-12-03T03:17:00Z");
    private static final Actor ADMIN = new Actor("root", Role.ADMIN, "198.51.100.7");
    private final KeptAuditEntries kept = new KeptAuditEntries();
    private final AuditTrail trail = KeptAuditEntries.trail(kept, Clock.fixed(NOW, ZoneOffset.UTC), "30");

    @Test
    void anEntryKeepsWhoWhatAndTheClientsAddress() {
        trail.record(ADMIN, AuditAction.SETTINGS_CHANGED, null, "site settings", "title 'Gazette'");

        AuditEntry entry = trail.read(AuditFilter.ALL, 0, 10, ADMIN).get(0);
        assertEquals(List.of("root", "198.51.100.7", AuditAction.SETTINGS_CHANGED, NOW),
                List.of(entry.username(), entry.address(), entry.action(), entry.at()));
    }

    @Test
    void nobodyButAnAdministratorReadsOrDownloadsTheTrail() {
        Actor editor = new Actor("edith", Role.EDITOR, "198.51.100.8");
        assertThrows(NotPermitted.class, () -> trail.read(AuditFilter.ALL, 0, 10, editor));
        assertThrows(NotPermitted.class, () -> trail.readOn(AuditFilter.ALL, Optional.empty(), editor));
        assertThrows(NotPermitted.class, () -> trail.downloaded(AuditFilter.ALL, "CSV", editor));
        assertEquals(List.of(), kept.entries, "a refused download is not noted as one");
    }

    @Test
    void retentionRemovesWhatIsOlderAndNotesHowMany() {
        kept.add(new AuditEntry(NOW.minus(Duration.ofDays(31)), "old", null, AuditAction.PUBLISHED, null, null, null));
        kept.add(new AuditEntry(NOW.minus(Duration.ofDays(30)).plusSeconds(1), "recent", null, AuditAction.PUBLISHED, null, null, null));

        assertEquals(1, trail.prune());

        assertEquals(List.of(AuditEntry.SYSTEM, "recent"), kept.entries.stream().map(AuditEntry::username).sorted().toList());
        assertEquals(AuditAction.AUDIT_PRUNED, kept.entries.get(1).action());
        assertEquals(0, trail.prune(), "nothing left to remove, and nothing noted");
        assertEquals(2, kept.entries.size());
    }
}
