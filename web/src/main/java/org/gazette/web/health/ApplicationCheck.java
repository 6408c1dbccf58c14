package org.gazette.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while Gazette is deployed and answers; a database outage leaves it alive (readiness says
 * not ready), so an orchestrator does not restart a server that only waits for its database.
 */
@Liveness
@ApplicationScoped
public class ApplicationCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gazette");
    }
}
