package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aqea.config.Settings;
import org.aqea.dump.DumpPage;
import org.aqea.partition.PageShards;
import org.aqea.partition.TitleRange;
import org.aqea.store.PartitionProgressStore;

/**
 * Reads the pages of one title range from its shards (one, or several when the dump was split by letters). The
 * checkpoint is the number of pages consumed. Keeps the partition's counters, which the writer records with
 * every chunk.
 */
@Named
@Dependent
public class ShardPageReader extends AbstractItemReader {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ShardPageReader.class.getName());

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
    String pagesExpected;

    @Inject
    @BatchProperty
    String faultAt;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    PartitionProgressStore progress;

    private List<Path> files;
    private int file;
    private BufferedReader shard;
    private long pagesConsumed;
    private long itemsRead;
    private long failAfterItems = -1;
    private boolean endReached;
    private DumpPage current;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        files = PageShards.files(WorkDirectory.of(jobContext.getInstanceId()), JobParameters.decodeRanges(ranges),
                TitleRange.ofLabel(range));
        long resumeAt = checkpoint == null ? 0 : (Long) checkpoint;
        while (pagesConsumed < resumeAt && nextLine() != null) {
            pagesConsumed++;
        }
        failAfterItems = injectedFault();
        stepContext.setTransientUserData(this);
        progress.started(jobContext.getExecutionId(), partition(), range, pagesConsumed, Long.parseLong(pagesExpected));
    }

    @Override
    public Object readItem() throws Exception {
        String line = nextLine();
        if (line == null) {
            endReached = true;
            return null;
        }
        if (itemsRead == failAfterItems) {
            throw new IllegalStateException("test fault injected in range " + range + " after " + itemsRead + " pages");
        }
        pagesConsumed++;
        itemsRead++;
        current = PageShards.decode(line);
        return current;
    }

    /** The next line of the shards, in order, or null after the last. */
    private String nextLine() throws IOException {
        while (file < files.size()) {
            if (shard == null) {
                shard = Files.newBufferedReader(files.get(file), StandardCharsets.UTF_8);
            }
            String line = shard.readLine();
            if (line != null) {
                return line;
            }
            shard.close();
            shard = null;
            file++;
        }
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

    String range() {
        return range;
    }

    @Override
    public void close() throws Exception {
        if (shard != null) {
            shard.close();
        }
        String status = endReached ? "COMPLETED" : stepContext.getException() != null ? "FAILED" : "STOPPED";
        progress.ended(jobContext.getExecutionId(), partition(), status);
        LOG.info(() -> "execution " + jobContext.getExecutionId() + ", range " + range + ": partition " + status
                + " after " + itemsRead + " pages (" + pagesConsumed + " of the range done)");
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
