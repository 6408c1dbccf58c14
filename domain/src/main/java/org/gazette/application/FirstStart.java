package org.gazette.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.application.UserAccounts.FirstAdmin;
import org.gazette.domain.site.Site;

/**
 * What every start checks and the first start does: the site, the first administrator, the sample
 * content when asked for, and the articles that fell due while the server was down. One transaction
 * under the installation's lock, so servers of a cluster starting at the same moment do it once: the
 * first does the work, the others wait and then find it done.
 */
@ApplicationScoped
@Transactional
public class FirstStart {

    @Inject
    ExclusiveWork exclusiveWork;

    @Inject
    SiteSettings siteSettings;

    @Inject
    UserAccounts userAccounts;

    @Inject
    SampleSite sampleSite;

    @Inject
    Publishing publishing;

    public Done run(InstallationEnvironment environment) {
        exclusiveWork.lock(ExclusiveWork.Kind.INSTALLATION);
        Site site = siteSettings.prepare(environment);
        Optional<FirstAdmin> firstAdmin = userAccounts.createFirstAdmin(environment.adminPassword());
        int samples = environment.loadsSampleSite() ? sampleSite.loadIntoEmptySite() : 0;
        return new Done(site, firstAdmin, samples, publishing.publishDue());
    }

    /** What this start found or did. */
    public record Done(Site site, Optional<FirstAdmin> firstAdmin, int samples, int published) {
    }
}
