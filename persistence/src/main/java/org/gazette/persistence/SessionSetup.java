package org.gazette.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** Everything Gazette sets on EclipseLink's session, which takes one customizer. */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new NoWaitForALostDatabase().customize(session);
        ConnectionUse.listenTo(session);
    }
}
