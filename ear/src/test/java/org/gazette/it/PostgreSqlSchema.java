package org.gazette.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A schema of its own in the test PostgreSQL database, for a test that restarts the server on
 * PostgreSQL as an operator would: with the {@code GAZETTE_DB_*} variables pointing there.
 */
record PostgreSqlSchema(String name) {

    /** A new, empty schema: whatever an earlier run left there is dropped. */
    static PostgreSqlSchema empty(String name) throws SQLException {
        PostgreSqlSchema schema = new PostgreSqlSchema(name);
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        }
        return schema;
    }

    /** The variables that start a server on this schema, with no sample site. */
    Map<String, String> serverEnvironment(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of("GAZETTE_DB_URL", url() + "?currentSchema=" + name,
                "GAZETTE_DB_USER", user(), "GAZETTE_DB_PASSWORD", password(), "GAZETTE_SAMPLE_SITE", "false"));
        environment.putAll(more);
        return environment;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    private static String url() {
        return System.getProperty("gazette.test.pg.url");
    }

    private static String user() {
        return System.getProperty("gazette.test.pg.user");
    }

    private static String password() {
        return System.getProperty("gazette.test.pg.password", "");
    }
}
