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
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aqea.store.lexicon.EntryQueries;

/**
 * What the service is doing and holds: running executions, journal files waiting for a replay, entries per language
 * and class, field, status.
 */
@Path("status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    EntryQueries queries;

    @Operation(summary = "Running executions, the journal, and the entries by language, class, field and status")
    @APIResponse(responseCode = "200", description = "The status")
    @GET
    public Map<String, Object> status() throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runningExecutions", JobsResource.running(BatchRuntime.getJobOperator()));
        body.put("journal", JournalResource.view());
        body.put("entriesByLanguageAndPos", queries.countsByLanguageAndPos());
        body.put("entriesByField", queries.countsByField());
        body.put("entriesByStatus", queries.countsByStatus());
        return body;
    }
}
