package org.gazette.application;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.gazette.domain.site.Site;

/**
 * The operator's {@link Setting}s that the installation itself uses, as read when the server
 * started. The data source definition in web.war's {@code web.xml} reads the database settings
 * itself, through the same MicroProfile Config properties.
 */
public final class InstallationEnvironment {

    public static final String ADMIN_PASSWORD = Setting.ADMIN_PASSWORD.variable();
    private static final int MEGABYTE = 1024 * 1024;
    static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private final Map<Setting, String> given = new EnumMap<>(Setting.class);

    private InstallationEnvironment(Function<Setting, Optional<String>> source) {
        for (Setting setting : Setting.values()) {
            source.apply(setting).filter(value -> !value.isBlank()).ifPresent(value -> given.put(setting, value.strip()));
        }
    }

    /** The settings a configuration gives. */
    public static InstallationEnvironment of(Function<Setting, Optional<String>> source) {
        return new InstallationEnvironment(source);
    }

    /** The settings in environment variables such as {@code GAZETTE_BASE_URL}. */
    public InstallationEnvironment(Map<String, String> variables) {
        this(setting -> Optional.ofNullable(variables.get(setting.variable())));
    }

    /** The base URL an operator set, which wins over the one stored in the site settings. */
    public Optional<String> baseUrlOverride() {
        return value(Setting.BASE_URL).map(Site::normalizedBaseUrl);
    }

    public String baseUrl() {
        return baseUrlOverride().orElse(DEFAULT_BASE_URL);
    }

    public Optional<String> adminPassword() {
        return value(Setting.ADMIN_PASSWORD);
    }

    public boolean loadsSampleSite() {
        return value(Setting.SAMPLE_SITE).map(Boolean::parseBoolean).orElse(false);
    }

    /** How long the audit trail keeps an entry. */
    public Duration auditRetention() {
        return Duration.ofDays(Setting.AUDIT_RETENTION_DAYS.wholeNumberOf(value(Setting.AUDIT_RETENTION_DAYS)));
    }

    /** Who the client of a request is, behind the proxies the operator trusts ({@code GAZETTE_TRUSTED_PROXIES}). */
    public ClientAddresses clientAddresses() {
        return ClientAddresses.trusting(Setting.TRUSTED_PROXIES.valueOf(value(Setting.TRUSTED_PROXIES)));
    }

    /** How often each server looks for scheduled articles whose time has come. */
    public Duration publicationCheckInterval() {
        return Duration.ofSeconds(Setting.PUBLICATION_CHECK_SECONDS.wholeNumberOf(value(Setting.PUBLICATION_CHECK_SECONDS)));
    }

    /** How long the editor waits after a change before it saves a draft on its own. */
    public Duration autosaveInterval() {
        return Duration.ofSeconds(Setting.AUTOSAVE_SECONDS.wholeNumberOf(value(Setting.AUTOSAVE_SECONDS)));
    }

    /** The largest image an upload may be. */
    public int uploadLimitBytes() {
        return Setting.UPLOAD_MB.wholeNumberOf(value(Setting.UPLOAD_MB)) * MEGABYTE;
    }

    /** The largest feed document an import reads. */
    public int importLimitBytes() {
        return Setting.IMPORT_MB.wholeNumberOf(value(Setting.IMPORT_MB)) * MEGABYTE;
    }

    /** Whether an import may copy images from this server's own network, as a test's local server is. */
    public boolean importFetchesFromPrivateHosts() {
        return Boolean.parseBoolean(Setting.IMPORT_PRIVATE_HOSTS.valueOf(value(Setting.IMPORT_PRIVATE_HOSTS)));
    }

    /** The most connections the database pool opens. */
    public int databasePoolSize() {
        return Setting.DATABASE_POOL_MAX.wholeNumberOf(value(Setting.DATABASE_POOL_MAX));
    }

    /** The settings that differ from their defaults, as the startup log sums them up. */
    public List<String> changedSettings() {
        return Arrays.stream(Setting.values()).flatMap(setting -> setting.shownIfChanged(value(setting)).stream()).toList();
    }

    private Optional<String> value(Setting setting) {
        return Optional.ofNullable(given.get(setting));
    }
}
