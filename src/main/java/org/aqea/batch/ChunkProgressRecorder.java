package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.runs.PartitionProgressStore;

/**
 * After each chunk of a partition is written, in the chunk's transaction: its progress row (pages read and
 * entries written by this execution, skipped pages, the checkpoint), a rate sample and the metrics.
 */
@Named
@Dependent
public class ChunkProgressRecorder extends AbstractItemWriteListener {

    @Inject
    @BatchProperty
    String partitionIndex;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    PartitionProgressStore progress;

    @Inject
    JobMetrics metrics;

    @Inject
    PartitionStates partitions;

    @Override
    public void afterWrite(List<Object> items) {
        long executionId = jobContext.getExecutionId();
        PartitionState partition = partitions.of(executionId, Integer.parseInt(partitionIndex));
        progress.sample(executionId, partition.partitionIndex(), items.size(), partition.chunkEntries());
        metrics.chunk(executionId, partition.range(), items.size(), partition.chunkEntries());
        progress.chunkWritten(executionId, partition.partitionIndex(), partition.pagesRead(), partition.entriesWritten(),
                skipped() + partition.pagesRefused(), partition.pagesConsumed());
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
