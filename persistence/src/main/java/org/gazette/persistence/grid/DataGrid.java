package org.gazette.persistence.grid;

import java.util.Optional;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import com.hazelcast.core.HazelcastInstance;

/**
 * Payara's Domain Data Grid, for whatever the servers of a cluster share, when this server has one
 * running: one place that knows where Payara keeps it.
 */
@ApplicationScoped
public class DataGrid {

    private static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    @Produces
    @Dependent
    Optional<HazelcastInstance> running() {
        try {
            HazelcastInstance grid = InitialContext.doLookup(JNDI_NAME);
            if (grid.getLifecycleService().isRunning()) {
                return Optional.of(grid);
            }
            LOG.info("GAZETTE-1505 Gazette finds Payara's data grid stopped: this server shares nothing with others.");
        } catch (NamingException | IllegalStateException noGrid) {
            LOG.info(() -> "GAZETTE-1506 Gazette finds no data grid (" + noGrid.getMessage() + "): this server shares nothing with others.");
        }
        return Optional.empty();
    }
}
