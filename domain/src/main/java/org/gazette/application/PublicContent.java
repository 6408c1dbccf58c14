package org.gazette.application;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The version of everything readers can see; it moves on after every committed change. Caches of
 * pages and feeds compare it with the version they rendered at. The number is held in a static field
 * because every WAR loads this class from the EAR's shared library, which makes it the one channel
 * they share within a server; several servers will need a clustered one.
 */
@ApplicationScoped
public class PublicContent {

    private static final AtomicLong VERSION = new AtomicLong();

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        VERSION.incrementAndGet();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        VERSION.incrementAndGet();
    }

    public long version() {
        return VERSION.get();
    }
}
