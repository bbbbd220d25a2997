package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.aqea.address.BlockCapacity;
import org.aqea.store.lexicon.EntryQueries;

/** The use of the address space. */
@Path("addresses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AddressesResource {

    @Inject
    EntryQueries queries;

    /** Per block in use ({@code AA:QQ:EE}): allocated, free (of 254), and lexemes that overflowed into it. */
    @Operation(summary = "Allocated and free addresses per block in use")
    @APIResponse(responseCode = "200", description = "The blocks")
    @GET
    @Path("capacity")
    public List<Map<String, Object>> capacity() {
        return queries.capacity().stream().map(AddressesResource::view).toList();
    }

    private static Map<String, Object> view(BlockCapacity block) {
        return Map.of("block", block.label(), "allocated", block.allocated(), "free", block.free(),
                "overflowed", block.overflowedIn());
    }
}
