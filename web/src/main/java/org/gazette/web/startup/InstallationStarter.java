package org.gazette.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.gazette.application.Installation;
import org.gazette.application.InstallationEnvironment;

/**
 * Starts the installation once, when this WAR deploys. It lives here rather than in the shared
 * library because observers in the library run once per WAR.
 */
@ApplicationScoped
public class InstallationStarter {

    @Inject
    Installation installation;

    void onDeploy(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        installation.start(InstallationEnvironment.ofProcess(), OwnerOnlyFiles.ofThisServer());
    }
}
