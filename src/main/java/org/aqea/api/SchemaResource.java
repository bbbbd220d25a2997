package org.aqea.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.aqea.lexicon.LexicalEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The published JSON Schema of a lexicon line: what {@code GET /api/export} and the offline command write. */
@Path("schema")
@RequestScoped
public class SchemaResource {

    static final String ENTRY_SCHEMA = "/org/aqea/lexicon/entry.schema.json";

    @Operation(summary = "The JSON Schema (2020-12) of one line of the export and of the offline command's JSONL")
    @APIResponse(responseCode = "200", description = "The schema: every field, its type, which sources fill it")
    @GET
    @Path("entry")
    @Produces("application/schema+json")
    public Response entry() {
        InputStream schema = LexicalEntry.class.getResourceAsStream(ENTRY_SCHEMA);
        if (schema == null) {
            throw new IllegalStateException(ENTRY_SCHEMA + " is missing from the application");
        }
        return Response.ok(schema).build();
    }
}
