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
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

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
    MetricRegistry registry;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Retention<String> executions = new Retention<>(Settings.metricsRetention());
    /** Where a partition's counts were made (host/name): in a cluster each executor counts its own partitions. */
    private final Tag server = new Tag("server", Settings.serverIdentity());

    void dropExpiredSeriesRegularly(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(this::dropExpiredSeries, 1, 1, TimeUnit.MINUTES);
    }

    void dropExpiredSeries() {
        for (String execution : executions.expired(Instant.now())) {
            registry.removeMatching((id, metric) -> execution.equals(id.getTags().get("execution")));
            LOG.fine(() -> "metrics of execution " + execution + " dropped after the retention period");
        }
    }

    public void chunk(long executionId, String range, long pages, long entries) {
        counter("aqea_pages_read", executionId, range).inc(pages);
        counter("aqea_entries_written", executionId, range).inc(entries);
        // Every series of a partition exists from its first chunk on, at zero: rate() and the dashboards see a
        // skip or a journalled chunk as a change, not as a series appearing.
        counter("aqea_pages_skipped", executionId, range);
        counter("aqea_entries_journalled", executionId, range);
        counter("aqea_entries_flagged", executionId, range);
    }

    /** Entries of a chunk that the validation flagged (stored with their flags, like every other). */
    public void flagged(long executionId, String range, long entries) {
        counter("aqea_entries_flagged", executionId, range).inc(entries);
    }

    public void skipped(long executionId, String range) {
        counter("aqea_pages_skipped", executionId, range).inc();
    }

    public void journalled(long executionId, String range, long entries) {
        counter("aqea_entries_journalled", executionId, range).inc(entries);
    }

    public void replayed(long executionId, long entries) {
        executions.touch(Long.toString(executionId), Instant.now());
        registry.counter("aqea_entries_replayed", new Tag("execution", Long.toString(executionId))).inc(entries);
    }

    public void allocated(long executionId, long entries, long lockConflicts) {
        executions.touch(Long.toString(executionId), Instant.now());
        registry.counter("aqea_addresses_assigned", new Tag("execution", Long.toString(executionId))).inc(entries);
        registry.counter("aqea_allocation_conflicts", new Tag("execution", Long.toString(executionId))).inc(lockConflicts);
    }

    private Counter counter(String name, long executionId, String range) {
        executions.touch(Long.toString(executionId), Instant.now());
        return registry.counter(name, new Tag("execution", Long.toString(executionId)), new Tag("range", range), server);
    }
}
