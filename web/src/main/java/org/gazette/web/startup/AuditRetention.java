package org.gazette.web.startup;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.gazette.application.AuditTrail;
import org.gazette.application.Installation;

/**
 * Removes audit entries older than the retention setting, once a night. Every server of a cluster
 * runs it; removing what is already gone removes nothing, so running twice does no harm.
 */
@Singleton
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    Installation installation;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void prune() {
        if (!installation.started()) {
            return;
        }
        int removed = audit.prune();
        if (removed > 0) {
            LOG.info(() -> "GAZETTE-1602 Gazette removed " + removed + " audit entries older than the retention setting.");
        }
    }
}
