package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.dump.DumpPage;
import org.aqea.partition.PageShards;
import org.aqea.partition.TitleRange;
import org.aqea.store.runs.PartitionProgressStore;

/**
 * Reads the pages of one title range from its shards (one, or several when the dump was split by letters). The
 * checkpoint is the number of pages consumed; the partition's counters live in its {@link PartitionState}.
 */
@Named
@Dependent
public class ShardPageReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(ShardPageReader.class.getName());

    @Inject
    @BatchProperty
    String range;

    @Inject
    @BatchProperty
    String partitionIndex;

    @Inject
    @BatchProperty
    String pagesExpected;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    PartitionProgressStore progress;

    @Inject
    CurrentRun run;

    @Inject
    PartitionStates partitions;

    private PageShards.Reader shards;
    private PartitionState partition;
    private boolean endReached;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        List<Path> files = PageShards.files(WorkDirectory.of(jobContext.getInstanceId()), run.parameters().splitTitleRanges(),
                TitleRange.ofLabel(range));
        WorkDirectory.requireShards(files);
        shards = new PageShards.Reader(files);
        long resumeAt = checkpoint == null ? 0 : (Long) checkpoint;
        long skipped = 0;
        while (skipped < resumeAt && shards.skip()) {
            skipped++;
        }
        partition = partitions.open(jobContext.getExecutionId(), range, Integer.parseInt(partitionIndex), skipped);
        progress.started(jobContext.getExecutionId(), partition.partitionIndex(), range, skipped, Long.parseLong(pagesExpected),
                Settings.serverIdentity());
    }

    @Override
    public Object readItem() throws Exception {
        DumpPage page = shards.next();
        if (page == null) {
            endReached = true;
            return null;
        }
        partition.pageRead();
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        return partition.pagesConsumed();
    }

    @Override
    public void close() throws Exception {
        if (shards != null) {
            shards.close();
        }
        if (partition == null) {
            return;
        }
        String status = endReached ? "COMPLETED" : stepContext.getException() != null ? "FAILED" : "STOPPED";
        long executionId = jobContext.getExecutionId();
        progress.ended(executionId, partition.partitionIndex(), status);
        partitions.close(executionId, partition.partitionIndex());
        LOG.info(() -> "execution " + executionId + ", range " + range + ": partition " + status + " after "
                + partition.pagesRead() + " pages (" + partition.pagesConsumed() + " of the range done)");
    }
}
