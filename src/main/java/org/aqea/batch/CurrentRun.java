package org.aqea.batch;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.run.RunParameters;
import org.aqea.store.runs.RunRow;
import org.aqea.store.runs.RunStore;

/**
 * The run of the job execution an artifact serves, as the run guard recorded it in table {@code run}: the one way
 * batch artifacts read their run's parameters and edition, so that a restart on any server sees what the run began
 * with.
 */
@Dependent
public class CurrentRun {

    @Inject
    JobContext jobContext;

    @Inject
    RunStore runs;

    public long instanceId() {
        return jobContext.getInstanceId();
    }

    public long executionId() {
        return jobContext.getExecutionId();
    }

    public RunRow row() {
        return runs.current(instanceId());
    }

    public RunParameters parameters() {
        return row().parameters();
    }

    /**
     * The edition the run reads, from its parameters (read once with its row); a server without it cannot have
     * started the run.
     */
    public static Edition edition(RunParameters parameters) {
        return Editions.of(parameters.edition()).orElseThrow(() -> new IllegalStateException(
                "edition '" + parameters.edition() + "' of the run is not on this server"));
    }

    /**
     * The run, while this execution is its running one.
     *
     * @throws IllegalStateException when another execution took the run over (this one was failed as lost)
     */
    public RunRow requireRunning() {
        return runs.requireRunning(instanceId(), executionId());
    }
}
