package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aqea.config.Settings;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.run.LiveStart;
import org.aqea.run.RunRefusal;
import org.aqea.store.follow.Follower;
import org.aqea.store.follow.FollowerStore;
import org.aqea.store.lexicon.ChangedPages;

/**
 * The editions the server follows on its own: a live run every few minutes ({@link FollowerTimer}), started through
 * the API as an admin's run is, so that it never overlaps another run of its edition.
 */
@Path("followers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowersResource {

    static final int MAX_MINUTES = 1440;

    /** @param everyMinutes how often a live run starts: 1 to 1,440 minutes */
    public record FollowerRequest(Integer everyMinutes) {
    }

    /**
     * A follower; what it has not (an attempt, a window applied) is left out.
     *
     * @param lastExecution   the last live run the follower started
     * @param lastOutcome     what its last attempt gave: {@code started}, or why no run started
     * @param appliedUpTo     where the edition stands: the end of the last window of the wiki's changes applied
     * @param lagSeconds      how far that is behind now
     * @param lastWindowPages the pages the last window applied brought (its changes in {@code lastWindowChanges})
     */
    public record FollowerView(String edition, int everyMinutes, String setBy, String setAt, String nextRunAt,
                               String lastTriedAt, Long lastExecution, String lastOutcome, String appliedUpTo,
                               Long lagSeconds, Integer lastWindowChanges, Integer lastWindowPages) {
    }

    @Inject
    FollowerStore followers;

    @Inject
    ChangedPages changedPages;

    @Context
    SecurityContext security;

    @Operation(summary = "The editions the server follows, and where each stands")
    @APIResponse(responseCode = "200", description = "The followers, by edition")
    @GET
    public List<FollowerView> list() {
        return followers.all().stream().map(this::view).toList();
    }

    @Operation(summary = "One edition's follower")
    @APIResponse(responseCode = "200", description = "The follower")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{edition}")
    public FollowerView get(@PathParam("edition") String edition) {
        return view(followers.of(edition).orElseThrow(() -> ApiException.notFound("edition '" + edition
                + "' is not followed")));
    }

    @Operation(summary = "Follow an edition's wiki: a live run now and every few minutes")
    @APIResponse(responseCode = "200", description = "The follower")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowerRequest.class),
            examples = @ExampleObject(name = "Every ten minutes", value = "{\"everyMinutes\": 10}")))
    @PUT
    @Path("{edition}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowerView set(@PathParam("edition") String edition, FollowerRequest request) {
        Edition known = Editions.of(edition).orElseThrow(() -> ApiException.badRequest("edition '" + edition
                + "' is unknown; GET /api/editions lists them"));
        if (!known.hasIncrementalDumps()) {
            throw ApiException.badRequest("edition '" + edition + "' has no wiki to follow");
        }
        Integer minutes = request == null ? null : request.everyMinutes();
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            throw ApiException.badRequest("everyMinutes: 1 to " + MAX_MINUTES + ", how often a live run starts");
        }
        try {
            LiveStart.userAgent(Settings.operatorContact());
        } catch (RunRefusal refusal) {
            throw ApiException.conflict(refusal.getMessage());
        }
        return view(followers.set(edition, minutes, security.getUserPrincipal().getName()));
    }

    @Operation(summary = "Stop following an edition (a live run going goes on)")
    @APIResponse(responseCode = "200", description = "The follower as it was")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @DELETE
    @Path("{edition}")
    public FollowerView remove(@PathParam("edition") String edition) {
        FollowerView removed = get(edition);
        followers.remove(edition);
        return removed;
    }

    private FollowerView view(Follower follower) {
        Optional<ChangedPages.AppliedWindow> window = changedPages.lastWindow(follower.edition());
        return new FollowerView(follower.edition(), follower.everyMinutes(), follower.setBy(), follower.setAt().toString(),
                follower.nextRunAt().toString(), follower.lastTriedAt().map(Instant::toString).orElse(null),
                follower.lastExecution().orElse(null), follower.lastOutcome().orElse(null),
                window.map(applied -> applied.until().toString()).orElse(null),
                window.map(applied -> Duration.between(applied.until(), Instant.now()).toSeconds()).orElse(null),
                window.map(ChangedPages.AppliedWindow::changes).orElse(null),
                window.map(ChangedPages.AppliedWindow::pages).orElse(null));
    }
}
