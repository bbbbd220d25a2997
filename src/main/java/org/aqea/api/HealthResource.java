package org.aqea.api;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.aqea.store.SchemaMigration;

/** Is the service usable: database reachable and migrated, batch runtime up. 200 when all are, else 503. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Resource(lookup = "jdbc/aqea")
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @GET
    public Response health() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", check(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(5) ? null : "connection not valid";
            }
        }));
        checks.put("migrations", migration.isApplied() ? "UP" : "DOWN: not applied");
        // Listing jobs needs a batch role; the health check is open, so it only asks for the operator.
        checks.put("batchRuntime", check(() -> BatchRuntime.getJobOperator() != null ? null : "no job operator"));
        boolean up = checks.values().stream().allMatch("UP"::equals);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }

    private interface Check {
        String problem() throws Exception;
    }

    private static String check(Check check) {
        try {
            String problem = check.problem();
            return problem == null ? "UP" : "DOWN: " + problem;
        } catch (Exception e) {
            return "DOWN: " + e.getMessage();
        }
    }
}
