package org.aqea.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.EntryRow;
import org.aqea.store.EntryStore;
import org.aqea.store.PartitionProgressStore;

/** Writes a chunk's entries in one bulk upsert and the partition's progress, in the chunk transaction. */
@Named
@Dependent
public class EntryWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    EntryStore entries;

    @Inject
    PartitionProgressStore progress;

    @Inject
    JobMetrics metrics;

    private long entriesWritten;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        List<EntryRow> rows = new ArrayList<>();
        for (Object item : items) {
            rows.addAll((List<EntryRow>) item);
        }
        entries.write(jobContext.getInstanceId(), "job:" + jobContext.getExecutionId(), rows);
        entriesWritten += rows.size();
        ShardPageReader reader = (ShardPageReader) stepContext.getTransientUserData();
        progress.sample(jobContext.getExecutionId(), items.size());
        metrics.chunk(jobContext.getExecutionId(), reader.range(), items.size(), rows.size());
        progress.chunkWritten(jobContext.getExecutionId(), reader.partition(), reader.itemsRead(), entriesWritten,
                skipped(), reader.pagesConsumed());
    }

    private long skipped() {
        long skipped = 0;
        for (var metric : stepContext.getMetrics()) {
            switch (metric.getType()) {
                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                default -> { }
            }
        }
        return skipped;
    }
}
