package org.gazette.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;

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
        flyway().migrate();
    }

    private Flyway flyway() {
        return Flyway.configure(FlywaySchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    @Override
    public Description describe() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            String version = Optional.ofNullable(flyway().info().current()).map(migration -> migration.getVersion().getVersion()).orElse("none");
            return new Description(database.getDatabaseProductName() + " " + database.getDatabaseProductVersion().split(" ")[0],
                    where(database.getURL()), version, database.getDatabaseProductName().equals("H2"));
        } catch (SQLException e) {
            return new Description("unreachable (" + e.getMessage() + ")", "?", "?", false);
        }
    }

    /** The database's address without the driver's parameters, which the server's own settings already show. */
    static String where(String url) {
        return url.replaceFirst("^jdbc:(postgresql://|h2:)", "").replaceAll("[;?].*$", "");
    }
}
