package org.aqea.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.aqea.dump.DumpPage;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.RejectStore;

/** Records every skipped page in table {@code reject}, with a snippet of its text. */
@Named
@Dependent
public class RejectRecorder implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(RejectRecorder.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    RejectStore rejects;

    @Inject
    JobMetrics metrics;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        DumpPage page = (DumpPage) item;
        ShardPageReader reader = (ShardPageReader) stepContext.getTransientUserData();
        String snippet = page.text().length() > 300 ? page.text().substring(0, 300) : page.text();
        LOG.warning(() -> "skipped page '" + page.title() + "' in range " + reader.range() + ": " + e.getMessage());
        metrics.skipped(jobContext.getExecutionId(), reader.range());
        rejects.record(jobContext.getExecutionId(), reader.range(), page.title(), e.getMessage(), snippet);
    }
}
