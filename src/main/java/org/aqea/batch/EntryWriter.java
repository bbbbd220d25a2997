package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.store.lexicon.EntryStore;
import org.aqea.store.runs.RejectStore;
import org.aqea.store.StoreException;

/**
 * Writes a chunk's entries to the lexicon, committed before the chunk's checkpoint (a redone chunk writes the same
 * rows again), or, after its tries, to the journal while the database cannot take them ({@link JournalFallback}). A
 * chunk the database refuses for its rows is written page by page, and the pages it refuses are rejected with its reason, so that one
 * poison row neither fails the partition on every restart nor takes its chunk with it.
 */
@Named
@Dependent
public class EntryWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(EntryWriter.class.getName());

    @Inject
    @BatchProperty
    String partitionIndex;

    @Inject
    JobContext jobContext;

    @Inject
    EntryStore entries;

    @Inject
    RejectStore rejects;

    @Inject
    JobMetrics metrics;

    @Inject
    PartitionStates partitions;

    @Inject
    CurrentRun run;

    private final JournalFallback fallback = new JournalFallback(new Journal(Settings.journalDir()), System::nanoTime,
            java.util.concurrent.TimeUnit.NANOSECONDS::sleep);
    private PartitionState partition;

    @Override
    public void open(Serializable checkpoint) {
        partition = partitions.of(jobContext.getExecutionId(), Integer.parseInt(partitionIndex));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws IOException {
        List<EntryRow> rows = new ArrayList<>();
        for (Object item : items) {
            rows.addAll((List<EntryRow>) item);
        }
        long executionId = jobContext.getExecutionId();
        // A partition writes only while its execution is the run's running one.
        run.requireRunning();
        String createdBy = "job:" + executionId;
        metrics.flagged(executionId, partition.range(), rows.stream().filter(EntryRow::flagged).count());
        try {
            JournalFallback.Outcome outcome = fallback.write(chunk -> entries.write(jobContext.getInstanceId(), createdBy, chunk),
                    jobContext.getInstanceId(), executionId, partition.partitionIndex(), createdBy, rows);
            if (outcome.retries() > 0 && !outcome.journalled()) {
                LOG.info(() -> "execution " + executionId + ", range " + partition.range() + ": the lexicon database took"
                        + " the chunk at try " + (outcome.retries() + 1));
            }
            if (outcome.journalled()) {
                metrics.journalled(executionId, partition.range(), rows.size());
                LOG.warning(() -> "execution " + executionId + ", range " + partition.range() + ": " + outcome.why() + "; "
                        + rows.size() + " entries journalled to " + outcome.journalFile());
            }
            partition.chunkWritten(rows.size(), 0);
        } catch (StoreException refused) {
            writePageByPage(createdBy, rows);
        }
    }

    private void writePageByPage(String createdBy, List<EntryRow> rows) {
        Map<Long, List<EntryRow>> pages = new LinkedHashMap<>();
        for (EntryRow row : rows) {
            pages.computeIfAbsent(row.pageId(), id -> new ArrayList<>()).add(row);
        }
        int written = 0;
        int refused = 0;
        long executionId = jobContext.getExecutionId();
        for (List<EntryRow> page : pages.values()) {
            try {
                entries.write(jobContext.getInstanceId(), createdBy, page);
                written += page.size();
            } catch (StoreException e) {
                if (e.databaseUnavailable()) {
                    throw e;
                }
                EntryRow first = page.get(0);
                refused++;
                metrics.skipped(executionId, partition.range());
                rejects.record(jobContext.getInstanceId(), executionId, partition.range(), first.pageId(), first.word(),
                        "the database refused its entries: " + e.getMessage(), null);
                LOG.warning(() -> "execution " + executionId + ", range " + partition.range() + ": page " + first.pageId()
                        + " ('" + first.word() + "') rejected: the database refused its entries: " + e.getMessage());
            }
        }
        partition.chunkWritten(written, refused);
    }
}
