package org.gazette.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Failed sign-ins in this server's memory, for a server without a data grid. One record serves every
 * WAR ({@link #SERVER}): CDI makes beans once per WAR, so the form of the admin and HTTP Basic of the
 * feed API would otherwise each grant a guesser a budget of its own. Made-up user names would fill
 * memory, so records past their time go, at most once a minute, and when too many are remembered,
 * every record that makes nobody wait goes at once, but for failures of the same moment. Time here is the
 * time of the latest failure.
 */
public final class ServerSignInRecords implements SignInRecords {

    /** The failures this server remembers, loaded once with the EAR's library. */
    public static final ServerSignInRecords SERVER = new ServerSignInRecords();
    static final int MOST_REMEMBERED = 50_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Map<Key, Kept> failures = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    @Override
    public Optional<Failures> find(Key key) {
        return Optional.ofNullable(failures.get(key)).map(Kept::failures);
    }

    @Override
    public Failures update(Key key, UnaryOperator<Failures> next, Duration keep) {
        Failures after = failures.compute(key, (ignored, before) -> {
            Failures latest = next.apply(before == null ? null : before.failures());
            return new Kept(latest, latest.last().plus(keep));
        }).failures();
        forgetOld(after.last());
        return after;
    }

    @Override
    public void remove(Key key) {
        failures.remove(key);
    }

    @Override
    public Map<Key, Failures> all() {
        return failures.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().failures()));
    }

    private void forgetOld(Instant now) {
        Instant previous = lastSweep.get();
        if (failures.size() >= MOST_REMEMBERED) {
            failures.values().removeIf(kept -> !kept.failures().waiting(now) && kept.failures().last().isBefore(now));
        } else if (!previous.plus(SWEEP_EVERY).isAfter(now) && lastSweep.compareAndSet(previous, now)) {
            failures.values().removeIf(kept -> kept.until().isBefore(now));
        }
    }

    private record Kept(Failures failures, Instant until) {
    }
}
