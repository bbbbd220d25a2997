package org.aqea.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Counters of the jobs in Prometheus form ({@code /metrics}): pages read, entries written, pages skipped and
 * entries journalled (the lexicon database unreachable) per execution, partition and server; entries replayed from the
 * journal; addresses assigned and allocation conflicts. Named {@code aqea_*}. The series of an execution are
 * dropped once it has counted nothing for {@code AQEA_METRICS_RETENTION_SECONDS} (default one hour): a
 * Prometheus has scraped them long before, and a long-running server would otherwise keep every execution's
 * series forever.
 */
@ApplicationScoped
public class JobMetrics {

    private static final Logger LOG = Logger.getLogger(JobMetrics.class.getName());

    @Inject
    Counters counters;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Retention<String> executions = new Retention<>(Settings.metricsRetention());
    /** Where a partition's counts were made (host/name): in a cluster each executor counts its own partitions. */
    private final String server = Settings.serverIdentity();

    void dropExpiredSeriesRegularly(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(this::dropExpiredSeries, 1, 1, TimeUnit.MINUTES);
    }

    void dropExpiredSeries() {
        for (String execution : executions.expired(Instant.now())) {
            counters.dropExecution(execution);
            LOG.fine(() -> "metrics of execution " + execution + " dropped after the retention period");
        }
    }

    public void chunk(long executionId, String range, long pages, long entries) {
        count("aqea_pages_read", executionId, range, pages);
        count("aqea_entries_written", executionId, range, entries);
        // Every series of a partition exists from its first chunk on, at zero: rate() and the dashboards see a
        // skip or a journalled chunk as a change, not as a series appearing.
        count("aqea_pages_skipped", executionId, range, 0);
        count("aqea_entries_journalled", executionId, range, 0);
        count("aqea_entries_flagged", executionId, range, 0);
    }

    /** Entries of a chunk that the validation flagged (stored with their flags, like every other). */
    public void flagged(long executionId, String range, long entries) {
        count("aqea_entries_flagged", executionId, range, entries);
    }

    public void skipped(long executionId, String range) {
        count("aqea_pages_skipped", executionId, range, 1);
    }

    public void journalled(long executionId, String range, long entries) {
        count("aqea_entries_journalled", executionId, range, entries);
    }

    public void replayed(long executionId, long entries) {
        count("aqea_entries_replayed", executionId, entries);
    }

    public void allocated(long executionId, long entries, long lockConflicts) {
        count("aqea_addresses_assigned", executionId, entries);
        count("aqea_allocation_conflicts", executionId, lockConflicts);
    }

    private void count(String name, long executionId, String range, long amount) {
        executions.touch(Long.toString(executionId), Instant.now());
        counters.add(name, Map.of("execution", Long.toString(executionId), "range", range, "server", server), amount);
    }

    private void count(String name, long executionId, long amount) {
        executions.touch(Long.toString(executionId), Instant.now());
        counters.add(name, Map.of("execution", Long.toString(executionId)), amount);
    }
}
