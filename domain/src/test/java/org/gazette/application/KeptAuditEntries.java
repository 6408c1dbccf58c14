package org.gazette.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gazette.domain.audit.AuditEntry;
import org.gazette.domain.audit.AuditRepository;

/**
 * An audit trail in a list, for tests of the services that record into it. It reads newest first
 * and ignores filters, which the persistence tests prove on real databases.
 */
final class KeptAuditEntries implements AuditRepository {

    final List<AuditEntry> entries = new ArrayList<>();

    static AuditTrail trail(KeptAuditEntries kept, Clock clock, String retentionDays) {
        return new AuditTrail(kept, clock, new InstallationEnvironment(Map.of("GAZETTE_AUDIT_RETENTION_DAYS", retentionDays)));
    }

    @Override
    public void add(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> newest(AuditFilter filter, int offset, int limit) {
        return entries.stream().sorted(Comparator.comparing(AuditEntry::at).reversed()).skip(offset).limit(limit).toList();
    }

    @Override
    public List<AuditEntry> after(AuditFilter filter, Optional<AuditEntry> last, int limit) {
        return newest(filter, last.map(entry -> newest(filter, 0, Integer.MAX_VALUE).indexOf(entry) + 1).orElse(0), limit);
    }

    @Override
    public int removeBefore(Instant cutoff) {
        int before = entries.size();
        entries.removeIf(entry -> entry.at().isBefore(cutoff));
        return before - entries.size();
    }
}
