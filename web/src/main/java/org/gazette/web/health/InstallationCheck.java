package org.gazette.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.gazette.application.Installation;

/** Ready once the schema is migrated and the first-start work is done, so no reader meets a half-made site. */
@Readiness
@ApplicationScoped
public class InstallationCheck implements HealthCheck {

    static final String NAME = "installation";

    @Inject
    Installation installation;

    @Override
    public HealthCheckResponse call() {
        if (installation.started()) {
            return HealthCheckResponse.named(NAME).up().withData("schema", "migrated").withData("first start", "done").build();
        }
        return HealthCheckResponse.named(NAME).down().withData("failure", "still starting: migrating the schema and doing the first-start work")
                .build();
    }
}
