package org.aqea.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.EntryStore;

/**
 * Allocates the addresses of all new lexemes of the run at once, after every partition has written its entries:
 * one canonical order, so the addresses do not depend on partitioning or timing.
 */
@Named
@Dependent
public class AllocateAddressesBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(AllocateAddressesBatchlet.class.getName());

    @Inject
    EntryStore entries;

    @Inject
    JobContext jobContext;

    @Inject
    JobMetrics metrics;

    @Override
    public String process() {
        int changed = entries.allocatePendingAddresses();
        metrics.allocated(jobContext.getExecutionId(), changed);
        LOG.info(() -> "addresses given to " + changed + " entries");
        return "ALLOCATED";
    }
}
