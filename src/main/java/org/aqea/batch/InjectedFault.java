package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractItemReadListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.aqea.config.Settings;
import org.aqea.store.RunStore;

/**
 * The test-only fault switch {@code faultAt=<place>:<n>}, kept out of the readers: after n items read at that place
 * (a range of the extract step, or {@code split}), the chunk fails, in the first execution of a run only, and only
 * on a server started with {@code AQEA_TEST_FAULTS=true}.
 */
@Named
@Dependent
public class InjectedFault extends AbstractItemReadListener {

    @Inject
    @BatchProperty
    String place;

    @Inject
    JobContext jobContext;

    @Inject
    RunStore runs;

    private long failAfter = -2;
    private long read;

    @Override
    public void afterRead(Object item) {
        if (failAfter == -2) {
            failAfter = failAfter();
        }
        if (item != null && read++ == failAfter) {
            throw new IllegalStateException("test fault injected at " + place + " after " + failAfter + " items");
        }
    }

    private long failAfter() {
        if (!Settings.testFaultsEnabled()) {
            return -1;
        }
        String faultAt = runs.current(jobContext.getInstanceId()).parameters().faultAt();
        if (faultAt == null || !faultAt.split(":")[0].equals(place)) {
            return -1;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        boolean firstExecution = operator.getJobExecutions(operator.getJobInstance(jobContext.getExecutionId())).size() == 1;
        return firstExecution ? Long.parseLong(faultAt.split(":")[1]) : -1;
    }
}
