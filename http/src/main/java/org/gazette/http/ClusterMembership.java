package org.gazette.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.hazelcast.core.HazelcastInstance;

/** Hears the other servers' changes from the moment the application starts until it stops. */
@ApplicationScoped
public class ClusterMembership {

    @Inject
    DocumentCache cache;

    @Inject
    Optional<HazelcastInstance> grid;

    void join(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ClusterChanges.join(cache, grid);
    }

    void leave(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        ClusterChanges.leave();
    }
}
