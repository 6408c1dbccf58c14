package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    private void at(Instant instant) {
        now = instant;
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void twoFailuresCostNothingTheThirdAndFourthSlowDownTheFifthLocks() {
        at(now);
        throttle.failed("ada", "10.0.0.1");
        throttle.failed("ada", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.refusal("ada", "10.0.0.1"));

        throttle.failed("ada", "10.0.0.1");
        assertEquals(Optional.of("Too many failed sign-ins for 'ada'. Wait 2 seconds before trying again."), throttle.refusal("ada", "10.0.0.1"));
        at(now.plusSeconds(2));
        throttle.failed("ada", "10.0.0.1");
        at(now.plusSeconds(4));
        throttle.failed("ada", "10.0.0.1");

        assertEquals(Optional.of("Too many failed sign-ins for 'ada'. Try again in 15 minutes."), throttle.refusal("ada", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.refusal("grace", "10.0.0.2"), "other accounts and addresses are not affected");
        at(now.plus(SignInThrottle.LOCK));
        assertEquals(Optional.empty(), throttle.refusal("ada", "10.0.0.1"), "the lock ends");
    }

    @Test
    void anAddressThatKeepsFailingIsLockedWhateverTheAccounts() {
        at(now);
        for (int failure = 0; failure < SignInThrottle.ADDRESS_FAILURES_BEFORE_LOCK; failure++) {
            throttle.failed("user-" + failure, "10.0.0.9");
        }

        assertTrue(throttle.refusal("someone-new", "10.0.0.9").orElse("").startsWith("Too many failed sign-ins from your address."));
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        at(now);
        throttle.failed("ada", "10.0.0.1");
        throttle.failed("ada", "10.0.0.1");
        throttle.succeeded("ada", "10.0.0.1");
        throttle.failed("ada", "10.0.0.1");

        assertEquals(Optional.empty(), throttle.refusal("ada", "10.0.0.1"), "counting starts again");
    }

    @Test
    void madeUpUserNamesAreForgottenOnceTheirFailuresCountForNothing() {
        at(now);
        for (int guess = 0; guess < 1000; guess++) {
            throttle.failed("made-up-" + guess, "10.0.0.7");
        }
        assertEquals(1001, throttle.remembered(), "a thousand accounts and one address");

        at(now.plus(SignInThrottle.LOCK.multipliedBy(2)).plusSeconds(61));
        throttle.failed("ada", "10.0.0.8");

        assertEquals(2, throttle.remembered(), "only the new failure's account and address");
        assertEquals(Optional.empty(), throttle.refusal("made-up-1", "10.0.0.7"));
    }
}
