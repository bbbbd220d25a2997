package org.aqea.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;
import org.aqea.journal.JournalFile;
import org.aqea.journal.JournalLine;
import org.aqea.journal.JournalReader;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.store.lexicon.EntryStore;
import org.aqea.store.StoreException;

/**
 * Allocates the addresses of all new lexemes of the run at once, after every partition has written its entries:
 * one canonical order, so the addresses do not depend on partitioning or timing. Entries of the run that wait in
 * the journal (its partitions met the lexicon unavailable) are written first, as the partitions would have written
 * them (idempotent upserts), each file archived once written. While the lexicon still cannot take them, it
 * allocates nothing and ends with {@value #JOURNAL_PENDING}: the job stops there, and its restart replays and
 * allocates (the finish step would otherwise deprecate the journalled entries).
 */
@Named
@Dependent
public class AllocateAddressesBatchlet extends AbstractBatchlet {

    static final String JOURNAL_PENDING = "JOURNAL_PENDING";
    private static final int REPLAY_BATCH = 500;

    private static final Logger LOG = Logger.getLogger(AllocateAddressesBatchlet.class.getName());

    @Inject
    EntryStore entries;

    @Inject
    JobContext jobContext;

    @Inject
    JobMetrics metrics;

    @Inject
    TestFaults faults;

    @Inject
    CurrentRun run;

    @Override
    public String process() throws IOException {
        run.requireRunning();
        if (faults.at("allocate", jobContext.getInstanceId(), jobContext.getExecutionId()) == 0) {
            throw new IllegalStateException("test fault injected at allocate, before anything was allocated");
        }
        Journal journal = new Journal(Settings.journalDir());
        List<JournalFile> pending = journal.pendingFor(jobContext.getInstanceId());
        try {
            for (JournalFile file : pending) {
                replay(journal, file);
            }
        } catch (StoreException e) {
            if (!e.databaseUnavailable()) {
                throw e;
            }
            LOG.warning(() -> "execution " + jobContext.getExecutionId() + " stops before allocating: the lexicon database"
                    + " cannot take the run's journalled entries yet (" + e.getMessage() + "); restart the execution"
                    + " once it is back, and it replays " + journal.directory() + " itself");
            return JOURNAL_PENDING;
        }
        EntryStore.AllocationResult result = entries.allocatePendingAddresses(jobContext.getInstanceId(),
                CurrentRun.edition(run.parameters()).joinsLexemesByLemma());
        faults.haltAt("allocate-halt", jobContext.getInstanceId(), jobContext.getExecutionId());
        metrics.allocated(jobContext.getExecutionId(), result.entriesChanged(), result.lockConflicts());
        LOG.info(() -> "execution " + jobContext.getExecutionId() + ": addresses given to " + result.entriesChanged()
                + " entries (" + result.lockConflicts() + " allocation conflicts)");
        return "ALLOCATED";
    }

    /** Writes one journal file of the run to the lexicon, a batch at a time, and archives it. */
    private void replay(Journal journal, JournalFile file) throws IOException {
        long lines = 0;
        try (JournalReader reader = new JournalReader(file.path(), 0)) {
            List<EntryRow> rows = new ArrayList<>();
            String createdBy = null;
            for (JournalLine line = reader.read(); line != null; line = reader.read()) {
                if (!rows.isEmpty() && (rows.size() == REPLAY_BATCH || !line.createdBy().equals(createdBy))) {
                    entries.write(jobContext.getInstanceId(), createdBy, rows);
                    rows = new ArrayList<>();
                }
                createdBy = line.createdBy();
                rows.add(line.entry());
                lines++;
            }
            if (!rows.isEmpty()) {
                entries.write(jobContext.getInstanceId(), createdBy, rows);
            }
        }
        journal.archive(file.path());
        metrics.replayed(jobContext.getExecutionId(), lines);
        long replayed = lines;
        LOG.info(() -> "execution " + jobContext.getExecutionId() + ": its journal " + file.path().getFileName() + " ("
                + replayed + " entries) written to the lexicon, kept in " + journal.directory().resolve("replayed"));
    }
}
