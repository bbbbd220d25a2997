package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.aqea.dump.DumpPage;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.runs.RejectStore;

/** Records every skipped page in table {@code reject}, with a snippet of its text. */
@Named
@Dependent
public class RejectRecorder implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(RejectRecorder.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty
    String partitionIndex;

    @Inject
    PartitionStates partitions;

    @Inject
    RejectStore rejects;

    @Inject
    JobMetrics metrics;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        DumpPage page = (DumpPage) item;
        String range = partitions.of(jobContext.getExecutionId(), Integer.parseInt(partitionIndex)).range();
        String snippet = page.text().length() > 300 ? page.text().substring(0, 300) : page.text();
        LOG.warning(() -> "skipped page '" + page.title() + "' in range " + range + ": " + e.getMessage());
        metrics.skipped(jobContext.getExecutionId(), range);
        rejects.record(jobContext.getInstanceId(), jobContext.getExecutionId(), range, page.pageId(), page.title(),
                e.getMessage(), snippet);
    }
}
