package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;

import org.junit.jupiter.api.Test;

class SystemClockTest {

    @Test
    void timesAreWholeMicrosecondsAsTheDatabasesKeepThem() {
        Clock clock = new SystemClock().clock();
        for (int reading = 0; reading < 1_000; reading++) {
            assertEquals(0, clock.instant().getNano() % 1_000);
        }
    }
}
