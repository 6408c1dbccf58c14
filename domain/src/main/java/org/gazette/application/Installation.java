package org.gazette.application;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.UserAccounts.FirstAdmin;
import org.gazette.domain.site.Site;

/**
 * Starting an installation: the schema first (Flyway keeps servers starting together out of each
 * other's way), then the {@link FirstStart} work.
 * It ends with the lines an operator looks for: which database, which URL, how to log in.
 */
@ApplicationScoped
public class Installation {

    private static final Logger LOG = Logger.getLogger(Installation.class.getName());
    static final String FIRST_ADMIN_PASSWORD = "first-admin-password";
    /** The stable ids of the lines an operator's tooling waits or alerts for. */
    static final String READY = "GAZETTE-1002";
    static final String EMBEDDED_BUT_PUBLIC = "GAZETTE-1003";

    @Inject
    DatabaseSchema schema;

    @Inject
    FirstStart firstStart;

    private volatile boolean started;

    /**
     * Migrates, runs the first start's work and logs what the operator needs; {@code membership} says
     * which servers this one works with, for the ready line.
     */
    public void start(InstallationEnvironment environment, OperatorSecrets secrets, String membership) {
        schema.migrate();
        FirstStart.Done done = firstStart.run(environment);
        Site site = done.site();
        int samples = done.samples();
        int published = done.published();
        DatabaseSchema.Description database = schema.describe();
        LOG.info(() -> "GAZETTE-1004 Gazette database: " + database);
        if (database.embedded() && !isLocal(site.baseUrl())) {
            LOG.warning(() -> EMBEDDED_BUT_PUBLIC + " Gazette keeps the public site " + site.baseUrl() + " in the embedded H2 database at "
                    + database.where() + "; a public site belongs in PostgreSQL: set GAZETTE_DB_URL, GAZETTE_DB_USER and GAZETTE_DB_PASSWORD"
                    + " (see the README, 'Deploying to an existing Payara Server with PostgreSQL').");
        }
        if (samples > 0) {
            LOG.info(() -> "GAZETTE-1005 Gazette loaded " + samples + " sample articles into the empty site.");
        }
        if (published > 0) {
            LOG.info(() -> "GAZETTE-1006 Gazette published " + published + " scheduled articles whose time passed while it was stopped.");
        }
        LOG.info(() -> "GAZETTE-1007 Gazette site: " + site.baseUrl() + "/  (feed: " + site.absolute("/feed/rss.xml") + ")");
        String howToLogIn = howToLogIn(done.firstAdmin(), secrets);
        LOG.info(() -> "GAZETTE-1008 Gazette admin: " + site.absolute("/admin/") + " " + howToLogIn);
        List<String> changed = environment.changedSettings();
        started = true;
        LOG.info(() -> READY + " Gazette " + version() + " is ready: " + database + "; site " + site.baseUrl() + "/; " + membership
                + "; settings other than the defaults: "
                + (changed.isEmpty() ? "none" : String.join(", ", changed)) + ".");
    }

    /** The version the build wrote into the domain jar's manifest; "(unpackaged)" when run from classes, as unit tests are. */
    static String version() {
        return Optional.ofNullable(Installation.class.getPackage().getImplementationVersion()).orElse("(unpackaged)");
    }

    /** Whether the schema and the site are ready for work (timers may fire before the start is done). */
    public boolean started() {
        return started;
    }

    /** Whether a base URL is this machine's, where the embedded database is what a trial wants. */
    static boolean isLocal(String baseUrl) {
        String host = String.valueOf(URI.create(baseUrl).getHost());
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static String howToLogIn(Optional<FirstAdmin> firstAdmin, OperatorSecrets secrets) {
        return firstAdmin.map(admin -> admin.generatedPassword()
                .map(password -> "- log in as '" + admin.username() + "' with the generated password in "
                        + secrets.keep(FIRST_ADMIN_PASSWORD, password)
                        + " (readable only by the server's user; delete it once you have changed the password, or set "
                        + InstallationEnvironment.ADMIN_PASSWORD + " to choose it)")
                .orElse("- log in as '" + admin.username() + "' with the password from GAZETTE_ADMIN_PASSWORD"))
                .orElse("- log in with your Gazette account");
    }
}
