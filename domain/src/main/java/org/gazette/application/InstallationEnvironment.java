package org.gazette.application;

import java.util.Map;
import java.util.Optional;

import org.gazette.domain.site.Site;

/**
 * The settings an operator gives through the environment, the way container platforms expect.
 * Database variables are read by the data source definition itself; these are the rest.
 */
public final class InstallationEnvironment {

    public static final String BASE_URL = "GAZETTE_BASE_URL";
    public static final String ADMIN_PASSWORD = "GAZETTE_ADMIN_PASSWORD";
    public static final String SAMPLE_SITE = "GAZETTE_SAMPLE_SITE";
    public static final String DATABASE_URL = "GAZETTE_DB_URL";
    static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private final Map<String, String> variables;

    public InstallationEnvironment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static InstallationEnvironment ofProcess() {
        return new InstallationEnvironment(System.getenv());
    }

    /** The base URL an operator set, which wins over the one stored in the site settings. */
    public Optional<String> baseUrlOverride() {
        return value(BASE_URL).map(Site::normalizedBaseUrl);
    }

    public String baseUrl() {
        return baseUrlOverride().orElse(DEFAULT_BASE_URL);
    }

    public Optional<String> adminPassword() {
        return value(ADMIN_PASSWORD);
    }

    public boolean loadsSampleSite() {
        return value(SAMPLE_SITE).map(Boolean::parseBoolean).orElse(false);
    }

    public Optional<String> databaseUrl() {
        return value(DATABASE_URL);
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }
}
