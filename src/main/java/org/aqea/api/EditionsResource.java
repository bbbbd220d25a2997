package org.aqea.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aqea.edition.Editions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The Wiktionary editions this server reads: the start form offers them, a job's {@code edition} names one. */
@Path("editions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EditionsResource {

    public record EditionView(String code, String name) {
    }

    @Operation(summary = "The Wiktionary editions this server can extract, by code")
    @APIResponse(responseCode = "200", description = "The editions, sorted by code")
    @GET
    public List<EditionView> editions() {
        return Editions.all().stream().map(edition -> new EditionView(edition.code(), edition.name())).toList();
    }
}
