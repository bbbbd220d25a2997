package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractItemReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The test-only fault switch ({@link TestFaults}) of the readers, kept out of them: after n items read at its place
 * (a range of the extract step, or {@code split}), the chunk fails.
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
    TestFaults faults;

    private long failAfter = -2;
    private long read;

    @Override
    public void afterRead(Object item) {
        if (failAfter == -2) {
            failAfter = faults.at(place, jobContext.getInstanceId(), jobContext.getExecutionId());
        }
        if (item != null && read++ == failAfter) {
            throw new IllegalStateException("test fault injected at " + place + " after " + failAfter + " items");
        }
    }
}
