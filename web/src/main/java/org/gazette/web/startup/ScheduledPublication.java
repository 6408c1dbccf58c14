package org.gazette.web.startup;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.Installation;
import org.gazette.application.Publishing;
import org.gazette.http.GazetteMetrics;

/**
 * Publishes scheduled articles when their time comes, with nobody signed in. The schedule lives in
 * the database, not in the timer, so a restart loses nothing: the next run (and the start itself)
 * publishes whatever fell due while the server was down. Every server of a cluster runs it; the
 * publication lock lets one publish at a time, so each article is published once. It looks every
 * {@code GAZETTE_PUBLICATION_CHECK_SECONDS}, from the moment the installation has started, on the
 * server's managed scheduler: the EJB timer service of a clustered instance wants a timer database
 * even for timers that do not persist.
 */
@ApplicationScoped
public class ScheduledPublication {

    private static final Logger LOG = Logger.getLogger(ScheduledPublication.class.getName());

    @Inject
    Publishing publishing;

    @Inject
    Installation installation;

    @Inject
    GazetteMetrics metrics;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> checks;

    /** Looks for due articles from now on, every {@code interval}. */
    public synchronized void startEvery(Duration interval) {
        if (checks == null) {
            checks = scheduler.scheduleWithFixedDelay(this::publishDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (checks != null) {
            checks.cancel(false);
        }
    }

    /** One look; a failure (the database away) is logged and the next look comes as usual, since a task that throws is never run again. */
    void publishDue() {
        if (!installation.started()) {
            return;
        }
        try {
            int published = publishing.publishDue();
            if (published > 0) {
                metrics.publishedOnSchedule(published);
                LOG.info(() -> "GAZETTE-1601 Gazette published " + published + " scheduled article(s) whose time had come.");
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "GAZETTE-1603 Gazette could not look for scheduled articles; it looks again at the next interval.", failed);
        }
    }
}
