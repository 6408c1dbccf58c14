package org.gazette.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The clock services read time from, so that tests can give them another one. */
@ApplicationScoped
public class SystemClock {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
