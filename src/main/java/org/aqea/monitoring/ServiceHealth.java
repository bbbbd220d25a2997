package org.aqea.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import org.aqea.store.DatabaseCheck;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** MicroProfile Health: live while the application runs; ready when both databases answer and are migrated. */
public final class ServiceHealth {

    private ServiceHealth() {
    }

    @Liveness
    @ApplicationScoped
    public static class Live implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("aqea-extractor");
        }
    }

    @Readiness
    @ApplicationScoped
    public static class Ready implements HealthCheck {

        @Inject
        DatabaseCheck databases;

        @Override
        public HealthCheckResponse call() {
            Map<String, String> problems = databases.problems();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                    .status(problems.values().stream().allMatch(Objects::isNull));
            problems.forEach((check, problem) -> response.withData(check, problem == null ? "UP" : "DOWN: " + problem));
            return response.build();
        }
    }
}
