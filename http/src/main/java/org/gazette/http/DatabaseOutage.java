package org.gazette.http;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.resource.ResourceException;

/**
 * Tells a failure because the database cannot be reached from any other: the server's pool could
 * not hand out a connection, the driver reports a connection exception (SQLSTATE class 08), or a
 * database error came while the database does not answer at all. Such a request may well work in
 * a moment, so it is answered 503 with {@code Retry-After}, not 500.
 */
public final class DatabaseOutage {

    /** Where the EAR defines its data source: web.war's {@code web.xml} defines it under this name. */
    public static final String DATA_SOURCE = "java:global/jdbc/gazette";
    static final String RETRY_AFTER_SECONDS = "30";
    private static final String CONNECTION_EXCEPTION = "08";
    private static final int ANSWER_WITHIN_SECONDS = 1;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure, DataSource database) {
        boolean fromTheDatabase = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResourceException || cause instanceof SQLException sql && isConnectionException(sql)) {
                return true;
            }
            fromTheDatabase |= cause instanceof SQLException;
        }
        return fromTheDatabase && !answers(database);
    }

    private static boolean isConnectionException(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && state.startsWith(CONNECTION_EXCEPTION);
    }

    private static boolean answers(DataSource database) {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(ANSWER_WITHIN_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
