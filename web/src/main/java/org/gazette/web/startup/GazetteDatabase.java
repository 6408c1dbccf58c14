package org.gazette.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;

import org.gazette.http.DatabaseOutage;

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
        maxPoolSize = DatabaseOutage.POOL_SIZE,
        properties = {"url=${ENV=GAZETTE_DB_URL:embedded}",
                // A connection the database dropped (a restart, a failover) is replaced when it is handed
                // out, and one that fails takes the others with it, so the pool heals without a restart.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
public class GazetteDatabase {

    public static final String NAME = DatabaseOutage.DATA_SOURCE;
}
