package org.gazette.domain.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the audit trail is kept; it adds and reads entries, and removes only those past retention. */
public interface AuditRepository {

    void add(AuditEntry entry);

    /** The newest entries first that the filter lets through, from {@code offset}, at most {@code limit}. */
    List<AuditEntry> newest(AuditFilter filter, int offset, int limit);

    /** The next entries, newest first, after the one given (or from the newest), for reading all of them in steps. */
    List<AuditEntry> after(AuditFilter filter, Optional<AuditEntry> last, int limit);

    /** Removes every entry from before {@code cutoff}, and says how many went. */
    int removeBefore(Instant cutoff);

    /**
     * Which entries to show: all fields are optional. The user and subject match in part and
     * regardless of case; the range includes {@code from} and excludes {@code until}.
     */
    record AuditFilter(String username, AuditAction action, String subject, Instant from, Instant until) {

        public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

        /** The filter in words, as the trail notes a download of what it let through. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            Optional.ofNullable(username).ifPresent(name -> parts.add("user '" + name + "'"));
            Optional.ofNullable(action).ifPresent(what -> parts.add("action " + what));
            Optional.ofNullable(subject).ifPresent(about -> parts.add("subject '" + about + "'"));
            Optional.ofNullable(from).ifPresent(start -> parts.add("from " + start));
            Optional.ofNullable(until).ifPresent(end -> parts.add("until " + end));
            return parts.isEmpty() ? "every entry" : String.join(", ", parts);
        }
    }
}
