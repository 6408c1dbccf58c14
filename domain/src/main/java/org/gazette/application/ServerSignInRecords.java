package org.gazette.application;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Failed sign-ins in this server's memory, for a server without a data grid. One record serves every
 * WAR ({@link #SERVER}): CDI makes beans once per WAR, so the form of the admin and HTTP Basic of the
 * feed API would otherwise each grant a guesser a budget of its own. Records stay until swept.
 */
public final class ServerSignInRecords implements SignInRecords {

    /** The failures this server remembers, loaded once with the EAR's library. */
    public static final ServerSignInRecords SERVER = new ServerSignInRecords();

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    @Override
    public Optional<Failures> find(Key key) {
        return Optional.ofNullable(failures.get(key));
    }

    @Override
    public Failures update(Key key, UnaryOperator<Failures> next, Duration keep) {
        return failures.compute(key, (ignored, before) -> next.apply(before));
    }

    @Override
    public void remove(Key key) {
        failures.remove(key);
    }

    @Override
    public Map<Key, Failures> all() {
        return Map.copyOf(failures);
    }

    @Override
    public int size() {
        return failures.size();
    }

    @Override
    public void removeIf(Predicate<Failures> forgettable) {
        failures.values().removeIf(forgettable);
    }
}
