package org.gazette.persistence.grid;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.hazelcast.map.IMap;

import org.gazette.application.SignInRecords;

/**
 * Failed sign-ins in a map of the data grid, which every server of the cluster and every WAR reads
 * and writes. Entries are plain strings and numbers, so no server needs the application's classes to
 * hold them, and they expire by themselves once nothing can make anyone wait any more.
 */
final class GridSignInRecords implements SignInRecords {

    static final String MAP = "gazette.sign-in-failures";

    private final IMap<String, long[]> failures;

    GridSignInRecords(IMap<String, long[]> failures) {
        this.failures = failures;
    }

    @Override
    public Optional<Failures> find(Key key) {
        return Optional.ofNullable(failures.get(encoded(key))).map(GridSignInRecords::decoded);
    }

    @Override
    public Failures update(Key key, UnaryOperator<Failures> next, Duration keep) {
        String entry = encoded(key);
        failures.lock(entry);
        try {
            long[] before = failures.get(entry);
            Failures after = next.apply(before == null ? null : decoded(before));
            failures.set(entry, encoded(after), keep.toSeconds(), TimeUnit.SECONDS);
            return after;
        } finally {
            failures.unlock(entry);
        }
    }

    @Override
    public void remove(Key key) {
        failures.delete(encoded(key));
    }

    @Override
    public Map<Key, Failures> all() {
        Map<Key, Failures> all = new HashMap<>();
        failures.forEach((key, value) -> all.put(decodedKey(key), decoded(value)));
        return all;
    }

    /** "-address" for an address, "length:username address" for a client: no user name can pass for another key. */
    private static String encoded(Key key) {
        return key.wholeAddress() ? "-" + key.address() : key.username().length() + ":" + key.username() + " " + key.address();
    }

    private static Key decodedKey(String key) {
        if (key.startsWith("-")) {
            return Key.address(key.substring(1));
        }
        int colon = key.indexOf(':');
        int length = Integer.parseInt(key.substring(0, colon));
        String username = key.substring(colon + 1, colon + 1 + length);
        return Key.client(username, key.substring(colon + 2 + length));
    }

    private static long[] encoded(Failures failures) {
        return new long[] {failures.count(), failures.last().toEpochMilli(), failures.until().toEpochMilli()};
    }

    private static Failures decoded(long[] values) {
        return new Failures((int) values[0], Instant.ofEpochMilli(values[1]), Instant.ofEpochMilli(values[2]));
    }
}
