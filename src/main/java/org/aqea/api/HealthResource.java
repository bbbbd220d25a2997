package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aqea.store.DatabaseCheck;

/** Is the service usable: databases reachable and migrated, batch runtime up. 200 when all are, else 503. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    DatabaseCheck databases;

    @Operation(summary = "Up or down, per component (open to all)")
    @APIResponse(responseCode = "200", description = "Up")
    @APIResponse(responseCode = "503", description = "Down: which component")
    @GET
    public Response health() {
        Map<String, String> checks = new LinkedHashMap<>();
        databases.problems().forEach((check, problem) -> checks.put(check, problem == null ? "UP" : "DOWN: " + problem));
        // Listing jobs needs a batch role; the health check is open, so it only asks for the operator.
        checks.put("batchRuntime", BatchRuntime.getJobOperator() != null ? "UP" : "DOWN: no job operator");
        boolean up = checks.values().stream().allMatch("UP"::equals);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
