package org.gazette.web.startup;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.gazette.application.Installation;
import org.gazette.application.Publishing;
import org.gazette.http.GazetteMetrics;

/**
 * Publishes scheduled articles when their time comes, with nobody signed in. The schedule lives in
 * the database, not in the timer, so a restart loses nothing: the next run (and the start itself)
 * publishes whatever fell due while the server was down. Every server of a cluster runs it; the
 * publication lock lets one publish at a time, so each article is published once.
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

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void publishDue() {
        if (!installation.started()) {
            return;
        }
        int published = publishing.publishDue();
        if (published > 0) {
            metrics.publishedOnSchedule(published);
            LOG.info(() -> "Gazette published " + published + " scheduled article(s) whose time had come.");
        }
    }
}
