package org.gazette.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.preview.PreviewLink;
import org.gazette.domain.site.Site;

/**
 * The settings an operator gives Gazette, each with what it accepts. Each is a MicroProfile Config
 * property, so the environment variable of the same name in capitals ({@code gazette.cache.mb} is
 * {@code GAZETTE_CACHE_MB}), a system property or one of Payara's config sources sets it. All are
 * checked before the installation starts, so a wrong one stops the deployment instead of surfacing
 * at the first reader.
 */
public enum Setting {

    DATABASE_URL("gazette.db.url", "", "a jdbc:postgresql://host[:port]/database URL or a jdbc:h2: URL", false, Setting::databaseUrl),
    DATABASE_USER("gazette.db.user", "gazette", "a database user's name", false, any -> { }),
    DATABASE_PASSWORD("gazette.db.password", "", "the database user's password", true, any -> { }),
    DATABASE_POOL_MIN("gazette.db.pool.min", "2", "a whole number of connections from 0 to " + Setting.MOST_CONNECTIONS, false,
            connections -> wholeNumber(connections, 0, Setting.MOST_CONNECTIONS)),
    DATABASE_POOL_MAX("gazette.db.pool.max", "32", "a whole number of connections from 1 to " + Setting.MOST_CONNECTIONS
            + ", at least GAZETTE_DB_POOL_MIN", false, connections -> wholeNumber(connections, 1, Setting.MOST_CONNECTIONS)),
    ADMIN_PASSWORD("gazette.admin.password", "", "a password of at least " + UserAccounts.MIN_PASSWORD_LENGTH + " characters", true,
            UserAccounts::checkOperatorsPassword),
    BASE_URL("gazette.base.url", "", "an absolute http:// or https:// URL", false, Site::normalizedBaseUrl),
    SAMPLE_SITE("gazette.sample.site", "false", "true or false", false, Setting::trueOrFalse),
    PREVIEW_DAYS("gazette.preview.days", String.valueOf(PreviewLink.DEFAULT_LIFETIME.toDays()), "a whole number of days from 1 to 365", false,
            days -> wholeNumber(days, 1, 365)),
    TRUSTED_PROXIES("gazette.trusted-proxies", "", "IP addresses or CIDR ranges, separated by commas", false, ClientAddresses::trusting),
    CACHE_MB("gazette.cache.mb", "64", "a whole number of megabytes from 1 to 65536", false, megabytes -> wholeNumber(megabytes, 1, 65_536)),
    SITEMAP_PART_SIZE("gazette.sitemap.part-size", "50000", "a whole number from 1 to 50000, the sitemap protocol's limit", false,
            size -> wholeNumber(size, 1, 50_000)),
    AUDIT_RETENTION_DAYS("gazette.audit.retention-days", "365", "a whole number of days from 1 to 36500", false,
            days -> wholeNumber(days, 1, 36_500)),
    PUBLICATION_CHECK_SECONDS("gazette.publication.check-seconds", "10", "a whole number of seconds from 1 to 3600", false,
            seconds -> wholeNumber(seconds, 1, 3600)),
    AUTOSAVE_SECONDS("gazette.autosave.seconds", "20", "a whole number of seconds from 5 to 3600", false, seconds -> wholeNumber(seconds, 5, 3600)),
    UPLOAD_MB("gazette.upload.mb", "10", "a whole number of megabytes from 1 to " + MediaLibrary.LARGEST_UPLOAD_MB, false,
            megabytes -> wholeNumber(megabytes, 1, MediaLibrary.LARGEST_UPLOAD_MB)),
    IMPORT_MB("gazette.import.mb", "20", "a whole number of megabytes from 1 to " + MediaLibrary.LARGEST_UPLOAD_MB, false,
            megabytes -> wholeNumber(megabytes, 1, MediaLibrary.LARGEST_UPLOAD_MB)),
    /** Lets an import copy images from loopback and private addresses, which are refused otherwise: for tests only. */
    IMPORT_PRIVATE_HOSTS("gazette.import.private-hosts", "false", "true or false", false, Setting::trueOrFalse);

    /** More than PostgreSQL's default of 100 connections per server, so an operator who raised it is not held back. */
    private static final int MOST_CONNECTIONS = 1000;

    private final String property;
    private final String defaultValue;
    private final String accepted;
    private final boolean secret;
    private final Consumer<String> check;

    Setting(String property, String defaultValue, String accepted, boolean secret, Consumer<String> check) {
        this.property = property;
        this.defaultValue = defaultValue;
        this.accepted = accepted;
        this.secret = secret;
        this.check = check;
    }

    public String property() {
        return property;
    }

    /** The environment variable that sets it, by MicroProfile Config's rule for names. */
    public String variable() {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The value to use: the one given, or the default. */
    public String valueOf(Optional<String> given) {
        return given.filter(value -> !value.isBlank()).map(String::strip).orElse(defaultValue);
    }

    /** A whole-number setting's value, once {@link #problems} found it good. */
    public int wholeNumberOf(Optional<String> given) {
        return Integer.parseInt(valueOf(given));
    }

    /** Why the given value is not accepted, naming the variable and what it accepts; empty when it is. */
    public Optional<String> problem(Optional<String> given) {
        String value = valueOf(given);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            check.accept(value);
            return Optional.empty();
        } catch (RuleViolation | IllegalArgumentException refused) {
            // A URL's query may carry a password.
            String shown = secret ? "the value given" : "'" + value.replaceAll("\\?.*", "?...") + "'";
            return Optional.of(variable() + " (" + property + ") is " + shown + ", which it does not accept; it must be " + accepted + ".");
        }
    }

    /** The setting as the startup log shows it, when it differs from the default: never a secret's value, never a URL's query. */
    public Optional<String> shownIfChanged(Optional<String> given) {
        String value = valueOf(given);
        if (value.equals(defaultValue)) {
            return Optional.empty();
        }
        return Optional.of(variable() + "=" + (secret ? "(set)" : value.replaceAll("\\?.*", "?...")));
    }

    /** What is wrong with the settings a source gives, one sentence per wrong setting. */
    public static List<String> problems(Function<Setting, Optional<String>> source) {
        List<String> problems = Arrays.stream(values()).flatMap(setting -> setting.problem(source.apply(setting)).stream()).toList();
        if (problems.isEmpty() && DATABASE_POOL_MIN.wholeNumberOf(source.apply(DATABASE_POOL_MIN))
                > DATABASE_POOL_MAX.wholeNumberOf(source.apply(DATABASE_POOL_MAX))) {
            return List.of(DATABASE_POOL_MAX.variable() + " (" + DATABASE_POOL_MAX.property + ") is smaller than "
                    + DATABASE_POOL_MIN.variable() + "; the pool's most connections must be at least its fewest.");
        }
        return problems;
    }

    private static void databaseUrl(String url) {
        if (url.startsWith("jdbc:h2:") && url.length() > "jdbc:h2:".length()) {
            return;
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("neither PostgreSQL nor H2");
        }
        try {
            URI address = new URI(url.substring("jdbc:".length()));
            if (address.getHost() == null || address.getPath() == null || address.getPath().length() < 2) {
                throw new IllegalArgumentException("no host or no database");
            }
        } catch (URISyntaxException unparsable) {
            throw new IllegalArgumentException(unparsable.getReason(), unparsable);
        }
    }

    private static void trueOrFalse(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("neither true nor false");
        }
    }

    private static void wholeNumber(String value, int least, int most) {
        int number = Integer.parseInt(value);
        if (number < least || number > most) {
            throw new IllegalArgumentException(number + " is out of range");
        }
    }
}
