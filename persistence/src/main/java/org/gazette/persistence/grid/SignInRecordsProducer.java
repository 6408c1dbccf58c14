package org.gazette.persistence.grid;

import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.hazelcast.core.HazelcastInstance;

import org.gazette.application.ServerSignInRecords;
import org.gazette.application.SignInRecords;

/** Failed sign-ins go to the data grid when the server has one running, else into the server's memory. */
@ApplicationScoped
public class SignInRecordsProducer {

    private static final String GRID = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(SignInRecordsProducer.class.getName());

    @Produces
    @ApplicationScoped
    SignInRecords signInRecords() {
        try {
            HazelcastInstance grid = InitialContext.doLookup(GRID);
            if (grid.getLifecycleService().isRunning()) {
                return new GridSignInRecords(grid.getMap(GridSignInRecords.MAP));
            }
        } catch (NamingException | IllegalStateException noGrid) {
            LOG.info(() -> "Gazette counts failed sign-ins in this server's memory: no data grid (" + noGrid.getMessage() + ").");
        }
        return ServerSignInRecords.SERVER;
    }
}
