package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.user.Role;
import org.junit.jupiter.api.Test;

/** Guessing slows down for the guesser, never for the account's owner, and an administrator can lift a wait. */
class SignInThrottleTest {

    private static final Actor ADMIN = new Actor("root", Role.ADMIN, "192.0.2.1");
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private Instant now = START;
    private final ServerSignInRecords records = new ServerSignInRecords();
    private final KeptAuditEntries audit = new KeptAuditEntries();
    private final SignInThrottle throttle = new SignInThrottle(records, Clock.fixed(START, ZoneOffset.UTC),
            KeptAuditEntries.trail(audit, Clock.fixed(START, ZoneOffset.UTC), "365"));

    private void at(Instant instant) {
        now = instant;
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private Optional<String> refusal(String username, String address) {
        return throttle.refusal(username, address);
    }

    @Test
    void aClientWaitsAfterItsThirdFailureInARowAndTwiceAsLongAfterEachMore() {
        at(now);
        assertFalse(throttle.failed("ada", "10.0.0.1"), "the first failure makes nobody wait");
        assertFalse(throttle.failed("ada", "10.0.0.1"));
        assertEquals(Optional.empty(), refusal("ada", "10.0.0.1"));

        assertTrue(throttle.failed("ada", "10.0.0.1"), "the third does, and says so");
        assertEquals(Optional.of(SignInThrottle.REFUSAL), refusal("ada", "10.0.0.1"), "the message says nothing of when");
        at(START.plusSeconds(2));
        assertEquals(Optional.empty(), refusal("ada", "10.0.0.1"), "two seconds after the third");
        throttle.failed("ada", "10.0.0.1");
        at(START.plusSeconds(5));
        assertEquals(Optional.of(SignInThrottle.REFUSAL), refusal("ada", "10.0.0.1"), "four seconds after the fourth");
        at(START.plusSeconds(6));
        assertEquals(Optional.empty(), refusal("ada", "10.0.0.1"));
    }

    @Test
    void aStrangerWhoKeepsGuessingNeverHoldsUpTheOwner() {
        at(now);
        for (int guess = 0; guess < 12; guess++) {
            at(START.plus(SignInThrottle.LONGEST_WAIT.multipliedBy(guess)));
            throttle.failed("ada", "203.0.113.5");
        }
        assertEquals(Optional.of(SignInThrottle.REFUSAL), refusal("ada", "203.0.113.5"), "the stranger waits");
        assertEquals(Optional.empty(), refusal("ada", "198.51.100.7"), "the owner, from elsewhere, does not");
    }

    @Test
    void theLongestWaitIsAQuarterOfAnHour() {
        at(now);
        for (int guess = 0; guess < 15; guess++) {
            throttle.failed("ada", "10.0.0.1");
        }
        at(now.plus(SignInThrottle.LONGEST_WAIT).minusSeconds(1));
        assertEquals(Optional.of(SignInThrottle.REFUSAL), refusal("ada", "10.0.0.1"));
        at(now.plus(SignInThrottle.LONGEST_WAIT));
        assertEquals(Optional.empty(), refusal("ada", "10.0.0.1"));
    }

    @Test
    void anAddressThatKeepsFailingWaitsWhateverTheAccounts() {
        at(now);
        for (int failure = 1; failure < SignInThrottle.ADDRESS_FAILURES_BEFORE_WAIT; failure++) {
            assertFalse(throttle.failed("user-" + failure, "10.0.0.9"), "failure " + failure);
        }
        assertTrue(throttle.failed("user-last", "10.0.0.9"), "the address now waits");

        assertEquals(Optional.of(SignInThrottle.REFUSAL), refusal("someone-new", "10.0.0.9"));
        assertEquals(Optional.empty(), refusal("someone-new", "10.0.0.10"));
    }

    @Test
    void aSuccessForgetsTheClientsFailures() {
        at(now);
        throttle.failed("ada", "10.0.0.1");
        throttle.failed("ada", "10.0.0.1");
        throttle.succeeded("ada", "10.0.0.1");
        throttle.failed("ada", "10.0.0.1");

        assertEquals(Optional.empty(), refusal("ada", "10.0.0.1"), "counting starts again");
    }

    @Test
    void anAdministratorSeesWhoWaitsAndLiftsIt() {
        at(now);
        for (int guess = 0; guess < 5; guess++) {
            throttle.failed("ada", "203.0.113.5");
        }
        List<SignInThrottle.Wait> waits = throttle.waits(ADMIN);
        assertEquals(1, waits.size());
        assertEquals("ada", waits.get(0).username());
        assertEquals("203.0.113.5", waits.get(0).address());

        throttle.lift("ada", "203.0.113.5", ADMIN);

        assertEquals(Optional.empty(), refusal("ada", "203.0.113.5"));
        assertTrue(throttle.waits(ADMIN).isEmpty());
        assertEquals(List.of("root lifted ada from 203.0.113.5"), audit.entries.stream()
                .map(entry -> entry.username() + " lifted " + entry.subject()).toList(), "the audit trail knows who let whom try again");
        assertThrows(NotPermitted.class, () -> throttle.waits(new Actor("ed", Role.EDITOR, "192.0.2.1")));
    }

    @Test
    void madeUpUserNamesAreForgottenOnceTheirFailuresCountForNothing() {
        at(now);
        for (int guess = 0; guess < 1000; guess++) {
            throttle.failed("made-up-" + guess, "10.0.0.7");
        }
        assertEquals(1001, records.all().size(), "a thousand clients and one address");

        at(now.plus(SignInThrottle.LONGEST_WAIT.multipliedBy(2)).plusSeconds(61));
        throttle.failed("ada", "10.0.0.8");

        assertEquals(2, records.all().size(), "only the new failure's client and address");
        assertEquals(Optional.empty(), refusal("made-up-1", "10.0.0.7"));
    }

    @Test
    void whenTooManyAreRememberedOnlyThoseWhoWaitAreKept() {
        at(now);
        for (int guess = 0; guess < 12; guess++) {
            throttle.failed("ada", "10.0.0.1");
        }
        for (int guess = 0; guess < 2 * ServerSignInRecords.MOST_REMEMBERED; guess++) {
            at(START.plusMillis(guess));
            throttle.failed("made-up-" + guess, "10.0.0." + (2 + guess % 200));
        }

        assertTrue(records.all().size() <= ServerSignInRecords.MOST_REMEMBERED, "bounded: " + records.all().size());
        assertEquals(Optional.of(SignInThrottle.REFUSAL), refusal("ada", "10.0.0.1"), "a client that waits is still remembered");
        for (int guess = 0; guess < 3; guess++) {
            throttle.failed("grace", "10.0.1.1");
        }
        assertEquals(Optional.of(SignInThrottle.REFUSAL), refusal("grace", "10.0.1.1"), "failures still count when the records are full");
    }

    @Test
    void userNamesCannotWriteLinesOfTheirOwnIntoTheLog() {
        assertEquals("ada?[INFO] forged", LogText.of("ada\n[INFO] forged"));
        assertEquals(LogText.LONGEST + 1, LogText.of("x".repeat(500)).length());
    }

    @Test
    void forwardedAddressesCountOnlyFromTrustedProxies() {
        ClientAddresses behindTheBalancer = ClientAddresses.trusting("10.0.0.0/8, ::1");

        assertEquals("203.0.113.5", behindTheBalancer.of("10.0.0.2", "203.0.113.5"));
        assertEquals("203.0.113.5", behindTheBalancer.of("10.0.0.2", "198.51.100.1, 203.0.113.5, 10.0.0.3"),
                "the first hop from the right that is not a proxy; what the client wrote before it does not count");
        assertEquals("192.0.2.9", behindTheBalancer.of("192.0.2.9", "203.0.113.5"), "a client that is no proxy cannot name another");
        assertEquals("10.0.0.2", behindTheBalancer.of("10.0.0.2", "not-an-address"));
        assertEquals("203.0.113.5", behindTheBalancer.of("0:0:0:0:0:0:0:1", "203.0.113.5"));
        assertEquals("192.0.2.9", ClientAddresses.trusting("").of("192.0.2.9", "203.0.113.5"), "nobody is trusted unless configured");
        assertThrows(RuleViolation.class, () -> ClientAddresses.trusting("10.0.0.0/99"));
        assertThrows(RuleViolation.class, () -> ClientAddresses.trusting("proxy.example"));
    }
}
