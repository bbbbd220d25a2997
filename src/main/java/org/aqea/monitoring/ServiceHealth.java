package org.aqea.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.aqea.store.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** MicroProfile Health: live while the application runs; ready when the database answers and is migrated. */
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

        @Resource(lookup = "jdbc/aqea")
        DataSource dataSource;

        @Inject
        SchemaMigration migration;

        @Override
        public HealthCheckResponse call() {
            boolean database;
            try (Connection connection = dataSource.getConnection()) {
                database = connection.isValid(5);
            } catch (Exception e) {
                database = false;
            }
            return HealthCheckResponse.named("database")
                    .status(database && migration.isApplied())
                    .withData("reachable", database)
                    .withData("migrated", migration.isApplied())
                    .build();
        }
    }
}
