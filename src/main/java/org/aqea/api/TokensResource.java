package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aqea.security.ApiTokens;
import org.aqea.store.security.TokenStore;
import org.aqea.store.security.ApiToken;

/** API tokens for scripts: an admin creates, lists and revokes them. The token is shown once, at its creation. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    static final int MAX_NAME = 100;
    static final int MAX_DAYS = 3650;

    @Inject
    TokenStore tokens;

    @Context
    SecurityContext security;

    @Operation(summary = "Make an API token; the answer shows it this once")
    @APIResponse(responseCode = "201", description = "The token and its row")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenRequest.class),
            examples = @ExampleObject(name = "Reader token for a report", value = "{\"name\": \"nightly report\", \"scope\": \"reader\", \"expiresInDays\": 90}")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request) {
        requireAdmin();
        if (request == null) {
            throw ApiException.badRequest("send {\"name\": \"...\", \"scope\": \"reader\" or \"admin\"}");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("name: 1 to " + MAX_NAME + " characters without control characters");
        }
        ApiTokens.Scope scope = ApiTokens.Scope.of(request.scope()).orElseThrow(() ->
                ApiException.badRequest("scope: 'reader' or 'admin', not '" + request.scope() + "'"));
        Integer days = request.expiresInDays();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw ApiException.badRequest("expiresInDays: 1 to " + MAX_DAYS + ", or leave it out for a token that does not expire");
        }
        String token = ApiTokens.generate();
        ApiToken row = tokens.create(name, scope, token, security.getUserPrincipal().getName(),
                days == null ? null : Instant.now().plus(Duration.ofDays(days)));
        Map<String, Object> answer = view(row);
        answer.put("token", token);
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @Operation(summary = "Every token made, never the token itself")
    @APIResponse(responseCode = "200", description = "The tokens")
    @GET
    public List<Map<String, Object>> list() {
        requireAdmin();
        return tokens.list().stream().map(TokensResource::view).toList();
    }

    @Operation(summary = "Revoke a token at once")
    @APIResponse(responseCode = "200", description = "The revoked token's row")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @DELETE
    @Path("{id}")
    public Map<String, Object> revoke(@PathParam("id") long id) {
        requireAdmin();
        return view(tokens.revoke(id).orElseThrow(() -> ApiException.notFound("no token with id " + id)));
    }

    private void requireAdmin() {
        if (!security.isUserInRole(AccessFilter.ADMIN_ROLE)) {
            throw new ApiException(Response.Status.FORBIDDEN, "tokens are managed by role " + AccessFilter.ADMIN_ROLE);
        }
    }

    private static Map<String, Object> view(ApiToken row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.id());
        view.put("name", row.name());
        view.put("scope", row.scope());
        view.put("status", row.revokedAt() != null ? "revoked" : row.validAt(Instant.now()) ? "active" : "expired");
        view.put("createdBy", row.createdBy());
        view.put("createdAt", row.createdAt().toString());
        view.put("expiresAt", row.expiresAt() == null ? null : row.expiresAt().toString());
        view.put("lastUsedAt", row.lastUsedAt() == null ? null : row.lastUsedAt().toString());
        view.put("revokedAt", row.revokedAt() == null ? null : row.revokedAt().toString());
        return view;
    }
}
