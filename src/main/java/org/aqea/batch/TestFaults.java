package org.aqea.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.aqea.config.Settings;
import org.aqea.store.runs.RunStore;

/**
 * The test-only fault switch {@code faultAt=<place>:<n>} of a run: due in the run's first execution only, and only on
 * a server started with {@code AQEA_TEST_FAULTS=true}.
 */
@Dependent
public class TestFaults {

    @Inject
    RunStore runs;

    /**
     * Ends the server's process at once, as {@code kill -9} does (no shutdown hook, no end of the step), when the run's
     * fault names this place ({@code faultAt=finish-halt:0}) and is due in this execution.
     */
    void haltAt(String place, long instanceId, long executionId) {
        if (at(place, instanceId, executionId) == 0) {
            Runtime.getRuntime().halt(137);
        }
    }

    /** The {@code n} of the run's fault when it names this place and is due in this execution; else -1. */
    long at(String place, long instanceId, long executionId) {
        if (!Settings.testFaultsEnabled()) {
            return -1;
        }
        String faultAt = runs.current(instanceId).parameters().faultAt();
        if (faultAt == null || !faultAt.split(":")[0].equals(place)) {
            return -1;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        boolean firstExecution = operator.getJobExecutions(operator.getJobInstance(executionId)).size() == 1;
        return firstExecution ? Long.parseLong(faultAt.split(":")[1]) : -1;
    }
}
