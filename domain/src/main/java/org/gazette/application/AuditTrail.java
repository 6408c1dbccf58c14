package org.gazette.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.article.Article;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.audit.AuditEntry;
import org.gazette.domain.audit.AuditRepository;
import org.gazette.domain.audit.AuditRepository.AuditFilter;
import org.gazette.domain.user.Role;

/**
 * Records every state-changing action in the transaction of the action itself, so an action that
 * fails leaves no entry and one that succeeds cannot leave none. Only administrators read the trail.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    public static final int MOST_PER_PAGE = 500;

    private AuditRepository entries;
    private Clock clock;
    private Duration retention;

    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(AuditRepository entries, Clock clock, InstallationEnvironment environment) {
        this.entries = entries;
        this.clock = clock;
        this.retention = environment.auditRetention();
    }

    public void record(Actor actor, AuditAction action, String subjectId, String subject, String detail) {
        entries.add(new AuditEntry(clock.instant(), actor.username(), actor.address(), action, subjectId, subject, detail));
    }

    public void record(Actor actor, AuditAction action, Article article) {
        record(actor, action, article, null);
    }

    public void record(Actor actor, AuditAction action, Article article, String detail) {
        record(actor, action, article.id(), about(article), detail);
    }

    /** What the server did on its own, with no user and no client address. */
    public void recordBySystem(AuditAction action, Article article) {
        recordBySystem(action, article.id(), about(article), null);
    }

    public void recordBySystem(AuditAction action, String subjectId, String subject, String detail) {
        entries.add(new AuditEntry(clock.instant(), AuditEntry.SYSTEM, null, action, subjectId, subject, detail));
    }

    /** A refused sign-in, under the name that was tried, which need not be a user's. */
    void signInFailed(@Observes SignInFailed failure) {
        entries.add(new AuditEntry(clock.instant(), failure.username().isEmpty() ? "(no name)" : failure.username(), failure.address(),
                AuditAction.SIGN_IN_FAILED, null, null, failure.madeToWait() ? "The client is now made to wait." : null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> read(AuditFilter filter, int offset, int limit, Actor actor) {
        actor.requireAdministrator("read the audit trail");
        return entries.newest(filter, Math.max(0, offset), Math.max(1, Math.min(limit, MOST_PER_PAGE)));
    }

    /** The next step of a download of the whole trail, newest first, after the last entry of the step before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> readOn(AuditFilter filter, Optional<AuditEntry> last, Actor actor) {
        actor.requireAdministrator("read the audit trail");
        return entries.after(filter, last, MOST_PER_PAGE);
    }

    /** A download is itself an action worth knowing of: the trail may hold addresses and names. */
    public void downloaded(AuditFilter filter, String format, Actor actor) {
        actor.requireAdministrator("read the audit trail");
        record(actor, AuditAction.AUDIT_EXPORTED, null, null, format + " of " + filter.describe());
    }

    /** Takes away what is older than the retention setting allows, and notes that it did. */
    public int prune() {
        Instant cutoff = clock.instant().minus(retention);
        int removed = entries.removeBefore(cutoff);
        if (removed > 0) {
            recordBySystem(AuditAction.AUDIT_PRUNED, null, null, removed + " entries from before " + cutoff + ", kept for " + retention.toDays() + " days.");
        }
        return removed;
    }

    private static String about(Article article) {
        return article.title() + " (/" + article.slug().value() + ")";
    }

}
