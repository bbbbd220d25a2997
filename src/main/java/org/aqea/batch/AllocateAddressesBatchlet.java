package org.aqea.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;
import org.aqea.journal.JournalFile;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.EntryStore;

/**
 * Allocates the addresses of all new lexemes of the run at once, after every partition has written its entries:
 * one canonical order, so the addresses do not depend on partitioning or timing. While entries of the run wait in
 * the journal, it allocates nothing and ends with {@value #JOURNAL_PENDING}: the job stops there, and its restart
 * after the replay allocates (the finish step would otherwise deprecate the journalled entries).
 */
@Named
@Dependent
public class AllocateAddressesBatchlet extends AbstractBatchlet {

    static final String JOURNAL_PENDING = "JOURNAL_PENDING";

    private static final Logger LOG = Logger.getLogger(AllocateAddressesBatchlet.class.getName());

    @Inject
    EntryStore entries;

    @Inject
    JobContext jobContext;

    @Inject
    JobMetrics metrics;

    @Override
    public String process() throws IOException {
        Journal journal = new Journal(Settings.journalDir());
        List<JournalFile> pending = journal.pendingFor(jobContext.getInstanceId());
        if (!pending.isEmpty()) {
            LOG.warning(() -> "execution " + jobContext.getExecutionId() + " stops before allocating: " + pending.size()
                    + " journal files in " + journal.directory() + " wait for their replay (POST /api/jobs with "
                    + "source \"journal\"); restart the execution after it");
            return JOURNAL_PENDING;
        }
        EntryStore.AllocationResult result = entries.allocatePendingAddresses(jobContext.getInstanceId());
        metrics.allocated(jobContext.getExecutionId(), result.entriesChanged(), result.lockConflicts());
        LOG.info(() -> "execution " + jobContext.getExecutionId() + ": addresses given to " + result.entriesChanged()
                + " entries (" + result.lockConflicts() + " allocation conflicts)");
        return "ALLOCATED";
    }
}
