package org.gazette.application;

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

    @Inject
    DatabaseSchema schema;

    @Inject
    FirstStart firstStart;

    private volatile boolean started;

    public void start(InstallationEnvironment environment, OperatorSecrets secrets) {
        schema.migrate();
        FirstStart.Done done = firstStart.run(environment);
        Site site = done.site();
        int samples = done.samples();
        int published = done.published();
        LOG.info(() -> "Gazette database: " + schema.describe());
        if (samples > 0) {
            LOG.info(() -> "Gazette loaded " + samples + " sample articles into the empty site.");
        }
        if (published > 0) {
            LOG.info(() -> "Gazette published " + published + " scheduled articles whose time passed while it was stopped.");
        }
        LOG.info(() -> "Gazette site: " + site.baseUrl() + "/  (feed: " + site.absolute("/feed/rss.xml") + ")");
        String howToLogIn = howToLogIn(done.firstAdmin(), secrets);
        LOG.info(() -> "Gazette admin: " + site.absolute("/admin/") + " " + howToLogIn);
        started = true;
    }

    /** Whether the schema and the site are ready for work (timers may fire before the start is done). */
    public boolean started() {
        return started;
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
