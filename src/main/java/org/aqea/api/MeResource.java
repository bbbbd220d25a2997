package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Who the caller is and which roles it has: the dashboard shows controls by them. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Context
    SecurityContext security;

    @Operation(summary = "The caller and its roles")
    @APIResponse(responseCode = "200", description = "The caller")
    @GET
    public Map<String, Object> me() {
        List<String> roles = new ArrayList<>();
        for (String role : List.of(AccessFilter.ADMIN_ROLE, AccessFilter.READER_ROLE)) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        String user = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        return Map.of("user", user == null ? "" : user, "roles", roles, "admin", roles.contains(AccessFilter.ADMIN_ROLE));
    }
}
