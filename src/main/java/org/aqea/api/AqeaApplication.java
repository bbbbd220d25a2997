package org.aqea.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; described at {@code /openapi} (explorer at {@code /openapi/ui}). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "AQEA Extractor", version = "0.1.0",
                description = "Extracts Wiktionary dumps into an addressed lexical database: jobs, entries, addresses. "
                        + "Errors are RFC 9457 problem documents.",
                license = @License(name = "Apache-2.0")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")},
        components = @Components(
                securitySchemes = {
                    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                            description = "A user of the server (admin or reader). A change also needs the header "
                                    + "X-Requested-With."),
                    @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
                            description = "An API token (aqea_...) made with POST /api/tokens, scope reader or admin")},
                responses = {
                    @APIResponse(name = "BadRequest", responseCode = "400", description = "The request is malformed or "
                            + "breaks a rule; the detail says which and what is allowed", content = @Content(
                                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @APIResponse(name = "Unauthorized", responseCode = "401", description = "No or wrong credentials",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller lacks the role, "
                            + "or a change made with a password lacks the header X-Requested-With", content = @Content(
                                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @APIResponse(name = "NotFound", responseCode = "404", description = "No such thing",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @APIResponse(name = "Conflict", responseCode = "409", description = "Not now: the detail says what "
                            + "stands in the way", content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class))),
                    @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "A body that is not JSON",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @APIResponse(name = "TooManyRequests", responseCode = "429", description = "Over the client's rate "
                            + "limit, or a user name locked out after failed log-ins; Retry-After says when to try again",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
public class AqeaApplication extends Application {
}
