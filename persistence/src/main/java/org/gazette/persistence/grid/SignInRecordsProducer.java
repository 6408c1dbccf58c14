package org.gazette.persistence.grid;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;

import org.gazette.application.ServerSignInRecords;
import org.gazette.application.SignInRecords;

/** Failed sign-ins go to the data grid when the server has one running, else into the server's memory. */
@ApplicationScoped
public class SignInRecordsProducer {

    /** Per member: made-up user names must not fill the grid; the least recently failed go first. */
    static final int MOST_PER_MEMBER = 50_000;
    private static final Logger LOG = Logger.getLogger(SignInRecordsProducer.class.getName());

    @Produces
    @ApplicationScoped
    SignInRecords signInRecords(Optional<HazelcastInstance> grid) {
        if (grid.isEmpty()) {
            LOG.info("GAZETTE-1504 Gazette counts failed sign-ins in this server's memory.");
            return ServerSignInRecords.SERVER;
        }
        grid.get().getConfig().addMapConfig(new MapConfig(GridSignInRecords.MAP).setEvictionConfig(new EvictionConfig()
                .setEvictionPolicy(EvictionPolicy.LRU).setMaxSizePolicy(MaxSizePolicy.PER_NODE).setSize(MOST_PER_MEMBER)));
        return new GridSignInRecords(grid.get().getMap(GridSignInRecords.MAP));
    }
}
