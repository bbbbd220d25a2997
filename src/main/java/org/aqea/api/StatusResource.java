package org.aqea.api;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aqea.batch.JobParameters;
import org.aqea.store.PageCountStore;

/** What the service is doing and holds: running executions, and pages per range of the latest job instance. */
@Path("status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    PageCountStore pageCounts;

    @GET
    public Map<String, Object> status() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> running;
        Map<String, Long> latestCounts = Map.of();
        try {
            running = operator.getRunningExecutions(JobParameters.JOB_NAME);
            List<JobInstance> latest = operator.getJobInstances(JobParameters.JOB_NAME, 0, 1);
            if (!latest.isEmpty()) {
                latestCounts = pageCounts.countsOf(latest.get(0).getInstanceId());
            }
        } catch (NoSuchJobException e) {
            running = List.of();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runningExecutions", running);
        body.put("pagesPerRangeOfLatestJob", latestCounts);
        return body;
    }
}
