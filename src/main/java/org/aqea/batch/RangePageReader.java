package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import org.aqea.config.Settings;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;
import org.aqea.partition.TitleRange;
import org.aqea.partition.TitleRanges;
import org.aqea.store.PartitionProgressStore;

/**
 * Reads the main-namespace pages of one title range from the dump. The checkpoint is the number of
 * main-namespace pages consumed from the dump, so a restart skips exactly what was committed.
 */
@Named
@Dependent
public class RangePageReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String dump;

    @Inject
    @BatchProperty
    String ranges;

    @Inject
    @BatchProperty
    String range;

    @Inject
    @BatchProperty
    String partitionIndex;

    @Inject
    @BatchProperty
    String faultAt;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    PartitionProgressStore progress;

    private DumpReader reader;
    private TitleRanges titleRanges;
    private TitleRange ownRange;
    private long pagesConsumed;
    private long itemsRead;
    private long failAfterItems = -1;
    private boolean endReached;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        titleRanges = JobParameters.decodeRanges(ranges);
        ownRange = titleRanges.byLabel(range);
        reader = DumpReader.open(Path.of(dump));
        long resumeAt = checkpoint == null ? 0 : (Long) checkpoint;
        while (pagesConsumed < resumeAt && reader.nextPage() != null) {
            pagesConsumed++;
        }
        failAfterItems = injectedFault();
        stepContext.setTransientUserData(this);
        progress.started(jobContext.getExecutionId(), partition(), range, pagesConsumed);
    }

    @Override
    public Object readItem() throws Exception {
        DumpPage page;
        while ((page = reader.nextPage()) != null) {
            pagesConsumed++;
            if (!page.isRedirect() && titleRanges.rangeOf(page.title()) == ownRange) {
                if (itemsRead == failAfterItems) {
                    throw new IllegalStateException("test fault injected in range " + range + " after "
                            + itemsRead + " pages");
                }
                itemsRead++;
                return page.title();
            }
        }
        endReached = true;
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return pagesConsumed;
    }

    long pagesConsumed() {
        return pagesConsumed;
    }

    long itemsRead() {
        return itemsRead;
    }

    int partition() {
        return Integer.parseInt(partitionIndex);
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
        String status = endReached ? "COMPLETED" : stepContext.getException() != null ? "FAILED" : "STOPPED";
        progress.ended(jobContext.getExecutionId(), partition(), status);
    }

    /** Items after which this partition fails, or -1. Only the first execution of an instance fails. */
    private long injectedFault() {
        if (!Settings.testFaultsEnabled() || faultAt == null || faultAt.isBlank()) {
            return -1;
        }
        String[] parts = faultAt.split(":");
        if (!parts[0].equals(range)) {
            return -1;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        boolean firstExecution = operator.getJobExecutions(operator.getJobInstance(jobContext.getExecutionId())).size() == 1;
        return firstExecution ? Long.parseLong(parts[1]) : -1;
    }
}
