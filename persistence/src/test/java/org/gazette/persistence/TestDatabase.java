package org.gazette.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A real, empty database for one test: an in-memory H2 or a fresh schema in CI's PostgreSQL. Both go
 * through the same configured data source and the same Flyway migrations as the deployed EAR.
 */
enum TestDatabase {
    H2 {
        @Override
        Opened open() {
            String url = "jdbc:h2:mem:gazette-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            return new Opened(dataSource(url, "sa", ""), () -> {
                try (Connection connection = DriverManager.getConnection(url, "sa", "");
                     Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            });
        }
    },
    POSTGRESQL {
        @Override
        Opened open() throws SQLException {
            String url = System.getProperty("gazette.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getProperty("gazette.test.pg.user", "postgres");
            String password = System.getProperty("gazette.test.pg.password", "");
            String schema = "gazette_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(url, user, password, "CREATE SCHEMA " + schema);
            String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new Opened(dataSource(schemaUrl, user, password),
                    () -> execute(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
        }
    };

    abstract Opened open() throws SQLException;

    private static ConfiguredDataSource dataSource(String url, String user, String password) {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A migrated database; each call to {@link #entityManagerFactory()} starts with nothing cached. */
    record Opened(ConfiguredDataSource dataSource, Cleanup cleanup) implements AutoCloseable {

        Opened {
            new FlywaySchema(dataSource).migrate();
        }

        EntityManagerFactory entityManagerFactory() {
            Map<String, Object> properties = new HashMap<>();
            properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
            properties.put(PersistenceUnitProperties.JTA_DATASOURCE, null);
            properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
            properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
            return Persistence.createEntityManagerFactory("gazette", properties);
        }

        @Override
        public void close() throws SQLException {
            cleanup.run();
        }
    }

    interface Cleanup {
        void run() throws SQLException;
    }
}
