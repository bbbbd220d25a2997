package org.aqea.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aqea.config.ServerRole;
import org.aqea.config.Settings;
import org.aqea.edition.Edition;
import org.aqea.store.follow.FollowerStore;

/**
 * Starts the followers' live runs when they are due: every few seconds it takes the due followers (each goes to one
 * server of those sharing the database) and starts each one's run through the server's own API as {@link ServerCaller},
 * so that the run passes the checks every run passes: a run of the edition going, the journal waiting or a missing
 * setting answer 409, which the follower records, and it tries again at its next time.
 */
@ApplicationScoped
public class FollowerTimer {

    private static final Logger LOG = Logger.getLogger(FollowerTimer.class.getName());
    private static final Duration TICK = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FollowerStore followers;

    @Inject
    ServerCaller caller;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI jobs = Settings.ownApi().resolve("jobs");

    /** After the schema's migration (an observer of default priority). An executor of a cluster runs partitions only. */
    void startTimer(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) @Initialized(ApplicationScoped.class) Object started) {
        if (Settings.role() != ServerRole.EXECUTOR) {
            scheduler.scheduleWithFixedDelay(this::startDueRuns, TICK.toSeconds(), TICK.toSeconds(), TimeUnit.SECONDS);
        }
    }

    void startDueRuns() {
        try {
            for (String edition : followers.takeDue()) {
                startRun(edition);
            }
        } catch (RuntimeException e) {
            // The job database away (a restart, say): the followers due now are due at the next tick still.
            LOG.log(Level.WARNING, "the followers could not be read or recorded; trying again in " + TICK.toSeconds() + " s", e);
        }
    }

    private void startRun(String edition) {
        String body = JSON.createObjectNode().put("source", Edition.WIKTIONARY_LIVE).put("edition", edition).toString();
        HttpRequest request = HttpRequest.newBuilder(jobs).timeout(Duration.ofMinutes(1))
                .header("Authorization", caller.authorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Long execution = null;
        String outcome;
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
            if (answer.statusCode() == 202) {
                execution = json.path("executionId").asLong();
                outcome = "started";
            } else {
                outcome = "refused (" + answer.statusCode() + "): " + json.path("detail").asText(answer.body());
            }
        } catch (IOException e) {
            outcome = "the server's own API at " + jobs + " did not answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String recorded = outcome;
        Long started = execution;
        LOG.info(() -> "follower of edition '" + edition + "': " + (started == null ? recorded : "execution " + started + " started"));
        followers.tried(edition, execution, outcome);
    }
}
