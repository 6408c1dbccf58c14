package org.gazette.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;
import org.gazette.application.DatabaseSchema;

/** The schema as the Flyway migrations in {@code db/migration} define it, the same on H2 and PostgreSQL. */
@ApplicationScoped
public class FlywaySchema implements DatabaseSchema {

    /** Global, because a lookup from a library jar cannot see {@code java:app} names. */
    public static final String DATA_SOURCE = "java:global/jdbc/gazette";

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    protected FlywaySchema() {
    }

    FlywaySchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate() {
        Flyway.configure(FlywaySchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Override
    public String describe() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            return database.getDatabaseProductName() + " " + database.getDatabaseProductVersion() + " at " + database.getURL();
        } catch (SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }
}
