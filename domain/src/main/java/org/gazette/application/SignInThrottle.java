package org.gazette.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows down and then stops guessing: after the third failed sign-in in a row an account must wait
 * a few seconds before the next try, after the fifth it is locked for a quarter of an hour; an
 * address that fails twenty times is locked as well (addresses are never merely slowed down). Tries refused while waiting do not count, so
 * the wait cannot be stretched by someone else. Kept in memory, per server, for as long as it matters.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ACCOUNT_FAILURES_BEFORE_LOCK = 5;
    static final int ADDRESS_FAILURES_BEFORE_LOCK = 20;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int FAILURES_BEFORE_SLOWING_DOWN = 2;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    @Inject
    Clock clock;

    /** Why a sign-in must not even be tried now, if it must not. */
    public Optional<String> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<String> account = wait(accounts.get(username), now)
                .map(wait -> "Too many failed sign-ins for '" + username + "'. " + wait);
        return account.or(() -> wait(addresses.get(address), now).map(wait -> "Too many failed sign-ins from your address. " + wait));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOldFailures(now);
        Failures account = accounts.compute(username, (name, before) -> next(before, ACCOUNT_FAILURES_BEFORE_LOCK, true, now));
        Failures fromAddress = addresses.compute(address, (name, before) -> next(before, ADDRESS_FAILURES_BEFORE_LOCK, false, now));
        LOG.warning(() -> "Gazette sign-in failed for '" + username + "' from " + address + " (" + account.count() + " in a row).");
        if (account.count() == ACCOUNT_FAILURES_BEFORE_LOCK) {
            LOG.warning(() -> "Gazette locked sign-in for '" + username + "' until " + account.until() + ".");
        }
        if (fromAddress.count() == ADDRESS_FAILURES_BEFORE_LOCK) {
            LOG.warning(() -> "Gazette locked sign-in from " + address + " until " + fromAddress.until() + ".");
        }
    }

    public void succeeded(String username, String address) {
        accounts.remove(username);
        LOG.info(() -> "Gazette sign-in: '" + username + "' from " + address + ".");
    }

    /**
     * Made-up user names would otherwise fill memory. Failures older than a lock count for nothing
     * (see {@link #next}), so they go, at most once a minute.
     */
    private void forgetOldFailures(Instant now) {
        Instant previous = lastSweep.get();
        if (previous.plus(SWEEP_EVERY).isAfter(now) || !lastSweep.compareAndSet(previous, now)) {
            return;
        }
        for (Map<String, Failures> failures : List.of(accounts, addresses)) {
            failures.values().removeIf(each -> each.until().plus(LOCK).isBefore(now));
        }
    }

    /** How many accounts and addresses have failures on record. */
    int remembered() {
        return accounts.size() + addresses.size();
    }

    /** Addresses are shared (offices, mobile networks), so they are only ever locked, never slowed down. */
    private static Failures next(Failures before, int lockAfter, boolean slowsDown, Instant now) {
        int count = before == null || before.until().plus(LOCK).isBefore(now) ? 1 : before.count() + 1;
        Duration wait = count >= lockAfter ? LOCK
                : slowsDown && count > FAILURES_BEFORE_SLOWING_DOWN ? Duration.ofSeconds(1L << (count - FAILURES_BEFORE_SLOWING_DOWN))
                : Duration.ZERO;
        return new Failures(count, now.plus(wait));
    }

    private static Optional<String> wait(Failures failures, Instant now) {
        if (failures == null || !failures.until().isAfter(now)) {
            return Optional.empty();
        }
        long seconds = (Duration.between(now, failures.until()).toMillis() + 999) / 1000;
        return Optional.of(seconds > 60 ? "Try again in " + (seconds + 59) / 60 + " minutes." : "Wait " + seconds + " seconds before trying again.");
    }

    /** Failures in a row, and until when the next try must wait. */
    private record Failures(int count, Instant until) {
    }
}
