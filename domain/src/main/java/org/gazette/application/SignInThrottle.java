package org.gazette.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.SignInRecords.Failures;
import org.gazette.application.SignInRecords.Key;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.user.Role;

/**
 * Slows down guessing without handing anyone a way to lock others out (OWASP ASVS 2.2.1). Failures
 * count for an account from one client address: after the third in a row that client waits, twice
 * as long after each further failure, up to a quarter of an hour, while the account's owner,
 * signing in from anywhere else, is never held up. An address that fails twenty times, whatever the
 * accounts, waits a quarter of an hour as well, so one client cannot guess across many accounts.
 * Tries refused while waiting do not count. The failures are kept in {@link SignInRecords}, which a
 * cluster shares, and which forget them after {@link #KEPT}.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ADDRESS_FAILURES_BEFORE_WAIT = 20;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures older than the longest wait count for nothing (see {@link #inARow}); kept twice as long for the clocks of a cluster. */
    static final Duration KEPT = LONGEST_WAIT.multipliedBy(2);
    static final String REFUSAL = "Too many failed sign-ins. Wait a little before you try again.";
    /** Where the sign-in that asked tells the page that answers it that it was told to wait. */
    public static final String REFUSED = "org.gazette.signInRefused";
    private static final int FAILURES_BEFORE_SLOWING_DOWN = 2;
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    @Inject
    SignInRecords records;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    protected SignInThrottle() {
    }

    /** For tests, which start from records of their own. */
    SignInThrottle(SignInRecords records, Clock clock, AuditTrail audit) {
        this.records = records;
        this.clock = clock;
        this.audit = audit;
    }

    /** Why this client must not even try to sign in to this account now, if it must not; never when. */
    public Optional<String> refusal(String username, String address) {
        Instant now = clock.instant();
        boolean waiting = waiting(records.find(Key.client(username, address)).orElse(null), now)
                || waiting(records.find(Key.address(address)).orElse(null), now);
        return waiting ? Optional.of(REFUSAL) : Optional.empty();
    }

    /** Counts a failed sign-in; answers whether this client or its address must now wait before trying again. */
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        Failures client = records.update(Key.client(username, address), before -> slowedDown(before, now), KEPT);
        Failures fromAddress = records.update(Key.address(address), before -> counted(before, now), KEPT);
        LOG.warning(() -> "GAZETTE-1202 Gazette sign-in failed for '" + LogText.of(username) + "' from " + LogText.of(address) + " (" + client.count()
                + " in a row).");
        if (client.until().isAfter(now)) {
            LOG.warning(() -> "GAZETTE-1203 Gazette slowed down sign-in for '" + LogText.of(username) + "' from " + LogText.of(address) + " until "
                    + client.until() + ".");
        }
        if (fromAddress.count() == ADDRESS_FAILURES_BEFORE_WAIT) {
            LOG.warning(() -> "GAZETTE-1204 Gazette stopped sign-in from " + LogText.of(address) + " until " + fromAddress.until() + ".");
        }
        return client.until().isAfter(now) || fromAddress.until().isAfter(now);
    }

    public void succeeded(String username, String address) {
        records.remove(Key.client(username, address));
        LOG.info(() -> "GAZETTE-1205 Gazette sign-in: '" + LogText.of(username) + "' from " + LogText.of(address) + ".");
    }

    /** The clients and addresses that must wait now, soonest free first, for administrators to see. */
    public List<Wait> waits(Actor actor) {
        actor.requireAdministrator("see and lift sign-in waits");
        Instant now = clock.instant();
        Comparator<Wait> soonest = Comparator.comparing(Wait::until);
        return records.all().entrySet().stream().filter(entry -> waiting(entry.getValue(), now))
                .map(entry -> new Wait(entry.getKey().username(), entry.getKey().address(), entry.getValue().until()))
                .sorted(soonest).toList();
    }

    /** An administrator lets a client or an address try again at once: for one account, or without one (blank) for any. */
    public void lift(String username, String address, Actor actor) {
        actor.requireAdministrator("see and lift sign-in waits");
        boolean wholeAddress = username == null || username.isBlank();
        records.remove(wholeAddress ? Key.address(address) : Key.client(username, address));
        audit.record(actor, AuditAction.SIGN_IN_WAIT_LIFTED, wholeAddress ? null : username, wholeAddress ? address : username + " from " + address, null);
        LOG.info(() -> "GAZETTE-1206 Gazette sign-in wait lifted by '" + actor.username() + "' for " + (username == null || username.isBlank() ? "" : "'" + LogText.of(username)
                + "' from ") + LogText.of(address) + ".");
    }

    /** The next failure of a client: free for the first two, then a wait that doubles each time. */
    private static Failures slowedDown(Failures before, Instant now) {
        int count = inARow(before, now);
        int doublings = Math.min(count - FAILURES_BEFORE_SLOWING_DOWN, 10);
        Duration wait = doublings <= 0 ? Duration.ZERO : min(Duration.ofSeconds(1L << doublings), LONGEST_WAIT);
        return new Failures(count, now, now.plus(wait));
    }

    /** The next failure from an address: a long wait once it has failed too often, nothing before. */
    private static Failures counted(Failures before, Instant now) {
        int count = inARow(before, now);
        return new Failures(count, now, count >= ADDRESS_FAILURES_BEFORE_WAIT ? now.plus(LONGEST_WAIT) : now);
    }

    /** How many failures in a row this one makes: failures older than the longest wait count for nothing. */
    private static int inARow(Failures before, Instant now) {
        return before == null || before.last().plus(LONGEST_WAIT).isBefore(now) ? 1 : before.count() + 1;
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static boolean waiting(Failures failures, Instant now) {
        return failures != null && failures.waiting(now);
    }


    /** A client (an account from an address) or, without an account, an address that must wait. */
    public record Wait(String username, String address, Instant until) {
    }
}
