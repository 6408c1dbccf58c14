package org.gazette.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import org.gazette.application.DatabaseUse;

/**
 * Counts the connections EclipseLink borrows from the server's pool and gives back, so the metrics
 * show how much of the pool Gazette uses without the server's monitoring being switched on. One
 * count for the whole application: its persistence unit lives in the EAR's library.
 */
@ApplicationScoped
public class ConnectionUse extends SessionEventAdapter implements DatabaseUse {

    private static final AtomicInteger IN_USE = new AtomicInteger();
    private static final AtomicLong BORROWED = new AtomicLong();

    /** Listens to a session's connections; called once per session by {@link SessionSetup}. */
    static void listenTo(Session session) {
        session.getEventManager().addListener(new ConnectionUse());
    }

    @Override
    public void postAcquireConnection(SessionEvent event) {
        IN_USE.incrementAndGet();
        BORROWED.incrementAndGet();
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        IN_USE.decrementAndGet();
    }

    @Override
    public int connectionsInUse() {
        return IN_USE.get();
    }

    @Override
    public long connectionsBorrowed() {
        return BORROWED.get();
    }
}
