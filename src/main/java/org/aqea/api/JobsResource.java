package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.aqea.batch.Executions;
import org.aqea.batch.IncrementalDays;
import org.aqea.batch.JobParameters;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;
import org.aqea.journal.JournalFile;
import org.aqea.run.RunParameters;
import org.aqea.run.LiveStart;
import org.aqea.run.RunRefusal;
import org.aqea.store.runs.RejectStore;
import org.aqea.store.runs.RunRow;
import org.aqea.store.runs.RunStore;
import org.aqea.store.runs.PartitionProgressStore;
import org.aqea.store.lexicon.QualityReports;

/** Starts, stops, restarts and shows extraction jobs. */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    private static final Logger LOG = Logger.getLogger(JobsResource.class.getName());

    @Inject
    JobRequestValidator validator;

    @Inject
    PartitionProgressStore progress;

    @Inject
    RejectStore rejects;

    @Inject
    RunStore runs;

    @Inject
    QualityReports quality;

    @Inject
    IncrementalDays incrementalDays;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    private final JobOperator operator = BatchRuntime.getJobOperator();

    @Operation(summary = "Start an extraction of a dump, or the replay of the journal")
    @APIResponse(responseCode = "202", description = "Started: the execution id, and its address in Location")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRequest.class),
            examples = {
                @ExampleObject(name = "German dump", value = "{\"source\": \"wiktionary-dump\", \"edition\": \"de\", "
                        + "\"dump\": \"dewiktionary-latest-pages-articles-multistream.xml.bz2\", \"partitions\": 5}"),
                @ExampleObject(name = "Wikidata lexemes", value = "{\"source\": \"wikidata-lexemes\", "
                        + "\"dump\": \"latest-lexemes.json.bz2\", \"partitions\": 5}"),
                @ExampleObject(name = "The wiki's changes since the last run", value = "{\"source\": \"wiktionary-live\", "
                        + "\"edition\": \"de\"}"),
                @ExampleObject(name = "Journal replay", value = "{\"source\": \"journal\"}"),
                @ExampleObject(name = "Meanings for search by meaning", value = "{\"source\": \"meanings\"}")}))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JobRequest request) throws IOException {
        Journal journal = new Journal(Settings.journalDir());
        List<JournalFile> pending = journal.pending();
        JobRequestValidator.JobStart start = validator.toJobStart(request,
                pending.stream().map(file -> file.path().getFileName().toString()).toList());
        if (start.jobName().equals(JobParameters.REPLAY_JOB_NAME)) {
            List<Long> running = running(operator);
            if (!running.isEmpty()) {
                throw ApiException.conflict("execution " + running.get(0) + " is running and may still write to the "
                        + "journal; replay it when no job runs");
            }
        } else if (!pending.isEmpty()) {
            throw ApiException.conflict(pending.size() + " journal files of earlier runs wait in " + journal.directory()
                    + " (executions " + pending.stream().map(JournalFile::executionId).distinct().toList() + "); replay "
                    + "them first with {\"source\": \"journal\"}, then restart the stopped executions: a newer run "
                    + "before the replay would be overwritten by it");
        }
        if (start.jobName().equals(JobParameters.MEANING_JOB_NAME)) {
            try {
                List<Long> backfills = operator.getRunningExecutions(JobParameters.MEANING_JOB_NAME);
                if (!backfills.isEmpty()) {
                    throw ApiException.conflict("execution " + backfills.get(0) + " embeds the meanings now; one backfill"
                            + " at a time");
                }
            } catch (NoSuchJobException e) {
                // never started, so not running
            }
        }
        if (start.jobName().equals(JobParameters.JOB_NAME)) {
            String edition = RunParameters.editionOf(start.parameters());
            for (RunRow run : runs.running(edition)) {
                if (Executions.isAlive(operator, run.executionId())) {
                    throw ApiException.conflict("execution " + run.executionId() + " of edition '" + edition
                            + "' is running; one run per edition at a time. Wait for it or stop it");
                }
            }
            RunParameters parameters = RunParameters.of(start.parameters(), Settings.defaultChunkSize(), true);
            try {
                if (parameters.incremental()) {
                    incrementalDays.checkNext(parameters);
                } else if (parameters.live()) {
                    LiveStart.userAgent(Settings.operatorContact());
                    incrementalDays.liveStart(parameters.edition());
                }
            } catch (RunRefusal refusal) {
                throw ApiException.conflict(refusal.getMessage());
            }
        }
        long executionId = operator.start(start.jobName(), start.parameters());
        LOG.info(() -> "execution " + executionId + " of " + start.jobName() + " started: " + start.parameters());
        return Response.accepted(Map.of("executionId", executionId))
                .location(uriInfo.getBaseUriBuilder().path("jobs").path(Long.toString(executionId)).build())
                .build();
    }

    @Operation(summary = "Every execution of both jobs, newest first")
    @APIResponse(responseCode = "200", description = "The executions")
    @GET
    public List<JobView> list() {
        List<JobView> views = new ArrayList<>();
        for (String jobName : JobParameters.JOB_NAMES) {
            try {
                int count = operator.getJobInstanceCount(jobName);
                for (JobInstance instance : operator.getJobInstances(jobName, 0, count)) {
                    for (JobExecution execution : operator.getJobExecutions(instance)) {
                        views.add(view(execution, false));
                    }
                }
            } catch (NoSuchJobException e) {
                // no execution of this job yet
            }
        }
        views.sort(Comparator.comparingLong(JobView::executionId).reversed());
        return views;
    }

    @Operation(summary = "One execution: its run, partitions and skipped pages")
    @APIResponse(responseCode = "200", description = "The execution")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{executionId}")
    public JobView get(@PathParam("executionId") String executionId) {
        return view(execution(executionId), true);
    }

    /**
     * Pages per second over time, in windows of two seconds, in total and by range, and entries per minute:
     * {@code [{"second": 0, "pagesPerSecond": 812.5, "byRange": {"A-E": 400.0, ...}, "entriesPerMinute": 84000.0}, ...]}.
     */
    @Operation(summary = "Pages per second of an execution over time, in windows of two seconds, in total and by range")
    @APIResponse(responseCode = "200", description = "The rate series")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{executionId}/rate")
    public List<PartitionProgressStore.RatePoint> rate(@PathParam("executionId") String executionId) {
        return progress.rate(execution(executionId).getExecutionId(), 2);
    }

    /**
     * The validation of the entries the execution's run saw: flagged entries per rule, per language and part of
     * speech, the score distribution and the worst entries.
     */
    @Operation(summary = "The quality of the entries an execution's run wrote: counts per rule, per language and "
            + "part of speech, score distribution, the worst entries")
    @APIResponse(responseCode = "200", description = "The quality report")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{executionId}/quality")
    public Response quality(@PathParam("executionId") String executionId) {
        long instanceId = operator.getJobInstance(execution(executionId).getExecutionId()).getInstanceId();
        // The kept report and a live one are written by the same serialiser, so both answers look alike.
        String report = runs.quality(instanceId).orElseGet(() -> QualityReports.json(quality.of(instanceId)));
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /**
     * Restarts a failed or stopped execution. The body may confirm a held deprecation:
     * {@code {"confirmDeprecation": true}}.
     */
    @Operation(summary = "Restart a failed or stopped execution; {\"confirmDeprecation\": true} lets a held deprecation go ahead")
    @APIResponse(responseCode = "202", description = "Restarted: the new execution id")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("{executionId}/restart")
    public Response restart(@PathParam("executionId") String executionId, String body) {
        RestartRequest request = restartRequest(body);
        JobExecution execution = execution(executionId);
        long id = execution.getExecutionId();
        try {
            // A restart execution sees only the parameters it is given: give it the original ones.
            Properties parameters = execution.getJobParameters();
            if (request != null && Boolean.TRUE.equals(request.confirmDeprecation())) {
                parameters.setProperty(RunParameters.CONFIRM_DEPRECATION, "true");
            }
            long newExecutionId = operator.restart(id, parameters);
            return Response.accepted(Map.of("executionId", newExecutionId))
                    .location(uriInfo.getBaseUriBuilder().path("jobs").path(Long.toString(newExecutionId)).build())
                    .build();
        } catch (JobExecutionAlreadyCompleteException e) {
            throw ApiException.conflict("execution " + id + " completed; only a failed or stopped execution can be restarted");
        } catch (JobExecutionNotMostRecentException e) {
            throw ApiException.conflict("execution " + id + " is not the most recent execution of its job instance; "
                    + "restart the most recent one");
        } catch (JobRestartException e) {
            throw ApiException.conflict("execution " + id + " cannot be restarted: " + e.getMessage());
        }
    }

    @Operation(summary = "Stop a running execution at its next checkpoint")
    @APIResponse(responseCode = "202", description = "Stopping")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("{executionId}/stop")
    public Response stop(@PathParam("executionId") String executionId) {
        long id = execution(executionId).getExecutionId();
        try {
            operator.stop(id);
            return Response.accepted(Map.of("executionId", id)).build();
        } catch (JobExecutionNotRunningException e) {
            throw ApiException.conflict("execution " + id + " is not running, so it cannot be stopped");
        }
    }

    /** Body of a restart. */
    public record RestartRequest(Boolean confirmDeprecation) {
    }

    /** The restart's body: none, or a JSON object. */
    private RestartRequest restartRequest(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (headers.getMediaType() == null || !headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new ApiException(Response.Status.UNSUPPORTED_MEDIA_TYPE, "a restart's body is JSON (Content-Type: "
                    + "application/json), such as {\"confirmDeprecation\": true}");
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(body, RestartRequest.class);
        } catch (JsonbException e) {
            throw ApiException.badRequest("the restart's body is not {\"confirmDeprecation\": true|false}: " + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Executions of our jobs that run now. */
    static List<Long> running(JobOperator operator) {
        List<Long> running = new ArrayList<>();
        for (String jobName : JobParameters.JOB_NAMES) {
            try {
                running.addAll(operator.getRunningExecutions(jobName));
            } catch (NoSuchJobException e) {
                // never started, so not running
            }
        }
        return running;
    }

    private JobExecution execution(String executionId) {
        long id;
        try {
            id = Long.parseLong(executionId);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + executionId + "' is not an execution id (a whole number)");
        }
        try {
            return operator.getJobExecution(id);
        } catch (NoSuchJobExecutionException e) {
            throw ApiException.notFound("no execution " + id);
        }
    }

    private JobView view(JobExecution execution, boolean withPartitions) {
        Properties parameters = execution.getJobParameters();
        long executionId = execution.getExecutionId();
        long instanceId = operator.getJobInstance(executionId).getInstanceId();
        return new JobView(executionId, instanceId,
                execution.getJobName(), execution.getBatchStatus().name(), execution.getExitStatus(),
                execution.getCreateTime(), execution.getStartTime(), execution.getEndTime(),
                parameters.getProperty(JobParameters.SOURCE), RunParameters.editionOf(parameters),
                parameters.getProperty(RunParameters.DUMP),
                withPartitions ? runs.of(instanceId).map(JobView.RunView::of).orElse(null) : null,
                withPartitions ? progress.of(executionId).stream().map(JobView.PartitionView::of).toList() : null,
                withPartitions ? rejects.of(executionId, 100) : null);
    }
}
