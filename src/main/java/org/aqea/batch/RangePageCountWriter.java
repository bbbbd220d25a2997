package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.aqea.store.PageCountStore;
import org.aqea.store.PartitionProgressStore;

/** Adds a chunk's pages to its range's count and records the partition's progress, in the chunk transaction. */
@Named
@Dependent
public class RangePageCountWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String range;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    PageCountStore pageCounts;

    @Inject
    PartitionProgressStore progress;

    private long itemsWritten;

    @Override
    public void writeItems(List<Object> items) {
        pageCounts.add(jobContext.getInstanceId(), range, items.size());
        RangePageReader reader = (RangePageReader) stepContext.getTransientUserData();
        itemsWritten += items.size();
        progress.chunkWritten(jobContext.getExecutionId(), reader.partition(), reader.itemsRead(), itemsWritten,
                0, reader.pagesConsumed());
    }
}
