package org.gazette.application;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The clock services read time from, so that tests can give them another one. It ticks in whole
 * microseconds, as PostgreSQL and H2 keep times: both round finer times when they store them, so an
 * article published at a nanosecond would be a little later in the database than in memory, and
 * its page would find itself as the article published after it.
 */
@ApplicationScoped
public class SystemClock {

    static final Duration RESOLUTION = Duration.ofNanos(1_000);

    @Produces
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), RESOLUTION);
    }
}
