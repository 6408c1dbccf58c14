package org.gazette.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query whose connection failed, after a pause of seconds, which kept every
 * request that needed the database 10 s in the air while it was down. The server's pool already
 * checks each connection it hands out, so one retry at once is enough: a dropped connection is
 * replaced, and an outage is told to the reader straight away (Gazette's 503).
 */
public class NoWaitForALostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(1);
        login.setDelayBetweenConnectionAttempts(0);
    }
}
