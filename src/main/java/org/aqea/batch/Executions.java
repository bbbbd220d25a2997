package org.aqea.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import java.util.EnumSet;

/** What the batch runtime says about executions, as the run's rules need it. */
public final class Executions {

    private static final EnumSet<BatchStatus> ALIVE = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private Executions() {
    }

    /** Whether the execution is starting, started or stopping: it still holds its run's edition. */
    public static boolean isAlive(JobOperator operator, long executionId) {
        try {
            return ALIVE.contains(operator.getJobExecution(executionId).getBatchStatus());
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }
}
