package org.aqea.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.EntryRow;
import org.aqea.store.EntryStore;
import org.aqea.store.PartitionProgressStore;
import org.aqea.store.StoreException;

/**
 * Writes a chunk's entries to the lexicon in one bulk upsert, committed before the chunk's checkpoint (a redone
 * chunk writes the same rows again). When the lexicon database cannot be reached, the chunk goes to the local
 * journal instead and the partition goes on; the database is tried again after 30 seconds. The partition's
 * progress joins the chunk transaction.
 */
@Named
@Dependent
public class EntryWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(EntryWriter.class.getName());

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

    /** After the database failed, chunks go straight to the journal this long: each try may wait for a timeout. */
    private static final long RETRY_DATABASE_AFTER_NANOS = 30_000_000_000L;

    private final Journal journal = new Journal(Settings.journalDir());
    private long entriesWritten;
    private long databaseFailedAt;
    private boolean databaseFailed;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws IOException {
        List<EntryRow> rows = new ArrayList<>();
        for (Object item : items) {
            rows.addAll((List<EntryRow>) item);
        }
        ShardPageReader reader = (ShardPageReader) stepContext.getTransientUserData();
        long executionId = jobContext.getExecutionId();
        String createdBy = "job:" + executionId;
        if (databaseFailed && System.nanoTime() - databaseFailedAt < RETRY_DATABASE_AFTER_NANOS) {
            journal(reader, createdBy, rows, "lexicon database unreachable a moment ago");
        } else {
            try {
                entries.write(jobContext.getInstanceId(), createdBy, rows);
                databaseFailed = false;
            } catch (StoreException e) {
                if (!e.databaseUnreachable()) {
                    throw e;
                }
                databaseFailed = true;
                databaseFailedAt = System.nanoTime();
                journal(reader, createdBy, rows, "lexicon database unreachable (" + e.getMessage() + ")");
            }
        }
        entriesWritten += rows.size();
        progress.sample(executionId, items.size());
        metrics.chunk(executionId, reader.range(), items.size(), rows.size());
        progress.chunkWritten(executionId, reader.partition(), reader.itemsRead(), entriesWritten, skipped(),
                reader.pagesConsumed());
    }

    private void journal(ShardPageReader reader, String createdBy, List<EntryRow> rows, String why) throws IOException {
        long executionId = jobContext.getExecutionId();
        Path file = journal.append(jobContext.getInstanceId(), executionId, reader.partition(), createdBy, rows);
        metrics.journalled(executionId, reader.range(), rows.size());
        LOG.warning(() -> "execution " + executionId + ", range " + reader.range() + ": " + why + "; " + rows.size()
                + " entries journalled to " + file);
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
