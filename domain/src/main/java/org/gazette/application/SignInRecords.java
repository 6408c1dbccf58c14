package org.gazette.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the {@link SignInThrottle} keeps failed sign-ins: in this server's memory, or in a cluster's
 * data grid, so that every server and every WAR counts the same failures.
 */
public interface SignInRecords {

    Optional<Failures> find(Key key);

    /**
     * Records what {@code next} makes of the failures on record (null when there are none), as one
     * step, and keeps them for {@code keep} after their last failure. Records are also bounded in
     * number; when they are full, those that make nobody wait go first.
     */
    Failures update(Key key, UnaryOperator<Failures> next, Duration keep);

    void remove(Key key);

    /** Everything on record, for administrators. */
    Map<Key, Failures> all();

    /** Who failed: an account from an address, or (without an account) an address whatever the accounts. */
    record Key(String username, String address) {

        public static Key client(String username, String address) {
            return new Key(username, address);
        }

        public static Key address(String address) {
            return new Key(null, address);
        }

        public boolean wholeAddress() {
            return username == null;
        }
    }

    /** Failures in a row, the last one, and until when the next try must wait. */
    record Failures(int count, Instant last, Instant until) {

        public boolean waiting(Instant now) {
            return until.isAfter(now);
        }
    }
}
