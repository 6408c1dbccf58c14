package org.gazette.application;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.UserAccounts.FirstAdmin;
import org.gazette.domain.site.Site;

/**
 * Starting an installation: the schema first, then the site, the first administrator, the sample
 * content when asked for, and the scheduled articles whose time passed while the server was down.
 * It ends with the lines an operator looks for: which database, which URL, how to log in.
 */
@ApplicationScoped
public class Installation {

    private static final Logger LOG = Logger.getLogger(Installation.class.getName());
    static final String FIRST_ADMIN_PASSWORD = "first-admin-password";

    @Inject
    DatabaseSchema schema;

    @Inject
    SiteSettings siteSettings;

    @Inject
    UserAccounts userAccounts;

    @Inject
    SampleSite sampleSite;

    @Inject
    Publishing publishing;

    public void start(InstallationEnvironment environment, OperatorSecrets secrets) {
        schema.migrate();
        Site site = siteSettings.prepare(environment);
        Optional<FirstAdmin> firstAdmin = userAccounts.createFirstAdmin(environment.adminPassword());
        int samples = environment.loadsSampleSite() ? sampleSite.loadIntoEmptySite() : 0;
        int published = publishing.publishDue();
        LOG.info(() -> "Gazette database: " + schema.describe());
        if (samples > 0) {
            LOG.info(() -> "Gazette loaded " + samples + " sample articles into the empty site.");
        }
        if (published > 0) {
            LOG.info(() -> "Gazette published " + published + " scheduled articles whose time passed while it was stopped.");
        }
        LOG.info(() -> "Gazette site: " + site.baseUrl() + "/  (feed: " + site.absolute("/feed/rss.xml") + ")");
        String howToLogIn = howToLogIn(firstAdmin, secrets);
        LOG.info(() -> "Gazette admin: " + site.absolute("/admin/") + " " + howToLogIn);
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
