package org.gazette.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's data source, defined by the environment when the server starts: with no
 * {@code GAZETTE_DB_URL} the persistence layer opens an embedded H2 database in the domain folder.
 * The class name is persistence's configurable data source, named as a string so this module does not
 * depend on persistence.
 */
@DataSourceDefinition(
        name = GazetteDatabase.NAME,
        className = "org.gazette.persistence.ConfiguredDataSource",
        url = "${ENV=GAZETTE_DB_URL:embedded}",
        user = "${ENV=GAZETTE_DB_USER:gazette}",
        password = "${ENV=GAZETTE_DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"url=${ENV=GAZETTE_DB_URL:embedded}"})
public class GazetteDatabase {

    public static final String NAME = "java:global/jdbc/gazette";
}
