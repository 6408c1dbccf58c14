package org.gazette.web.startup;

import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.gazette.application.Installation;
import org.gazette.application.InstallationEnvironment;
import org.gazette.http.ConfiguredSettings;
import org.gazette.http.GridMembership;

/**
 * Starts the installation once, when this WAR deploys, after checking every setting: a wrong one
 * stops the deployment with a line that names it. It lives here rather than in the shared library
 * because observers in the library run once per WAR.
 */
@ApplicationScoped
public class InstallationStarter {

    /** The stable id of the line that names a refused setting, for an operator's log search. */
    static final String SETTING_REFUSED = "GAZETTE-1001";
    private static final Logger LOG = Logger.getLogger(InstallationStarter.class.getName());

    @Inject
    Installation installation;

    @Inject
    ConfiguredSettings settings;

    @Inject
    InstallationEnvironment environment;

    @Inject
    ScheduledPublication publication;

    @Inject
    GridMembership membership;

    void onDeploy(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.severe(() -> SETTING_REFUSED + " Gazette does not start: " + problem));
            throw new IllegalStateException("Gazette does not start: " + String.join(" ", problems));
        }
        installation.start(environment, OwnerOnlyFiles.ofThisServer(), membership.describe());
        publication.startEvery(environment.publicationCheckInterval());
    }
}
