package org.gazette.web.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.gazette.http.DatabaseOutage;

/** Ready only while the database answers: nearly every request that is not cached needs it. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    static final String NAME = "database";
    private static final int ANSWER_WITHIN_SECONDS = 2;

    @Resource(lookup = DatabaseOutage.DATA_SOURCE)
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection()) {
            if (connection.isValid(ANSWER_WITHIN_SECONDS)) {
                return HealthCheckResponse.up(NAME);
            }
            return down("it did not answer within " + ANSWER_WITHIN_SECONDS + " s");
        } catch (SQLException unreachable) {
            return down(unreachable.getMessage());
        }
    }

    /** Names the failure in the database driver's words, which carry the host but never the password. */
    private static HealthCheckResponse down(String why) {
        return HealthCheckResponse.named(NAME).down().withData("failure", why == null ? "no connection" : why).build();
    }
}
