package org.gazette.web.startup;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.gazette.application.Installation;
import org.gazette.application.Publishing;
import org.gazette.http.GazetteMetrics;

/**
 * Publishes scheduled articles when their time comes, with nobody signed in. The schedule lives in
 * the database, not in the timer, so a restart loses nothing: the next run (and the start itself)
 * publishes whatever fell due while the server was down. Every server of a cluster runs it; the
 * publication lock lets one publish at a time, so each article is published once. It looks every
 * {@code GAZETTE_PUBLICATION_CHECK_SECONDS}, from the moment the installation has started.
 */
@Singleton
public class ScheduledPublication {

    private static final Logger LOG = Logger.getLogger(ScheduledPublication.class.getName());

    @Inject
    Publishing publishing;

    @Inject
    Installation installation;

    @Inject
    GazetteMetrics metrics;

    @Resource
    TimerService timers;

    /** Looks for due articles from now on, every {@code interval}; a timer that dies with the server, which starts it again. */
    public void startEvery(Duration interval) {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void publishDue() {
        if (!installation.started()) {
            return;
        }
        int published = publishing.publishDue();
        if (published > 0) {
            metrics.publishedOnSchedule(published);
            LOG.info(() -> "GAZETTE-1601 Gazette published " + published + " scheduled article(s) whose time had come.");
        }
    }
}
