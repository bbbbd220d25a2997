package org.aqea.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counters of the jobs in Prometheus form ({@code /metrics}): pages read, entries written, pages skipped and
 * entries journalled (the lexicon database unreachable) per execution and partition; entries replayed from the
 * journal; addresses assigned and allocation conflicts. Named {@code aqea_*}.
 */
@ApplicationScoped
public class JobMetrics {

    @Inject
    MetricRegistry registry;

    public void chunk(long executionId, String range, long pages, long entries) {
        counter("aqea_pages_read", executionId, range).inc(pages);
        counter("aqea_entries_written", executionId, range).inc(entries);
    }

    public void skipped(long executionId, String range) {
        counter("aqea_pages_skipped", executionId, range).inc();
    }

    public void journalled(long executionId, String range, long entries) {
        counter("aqea_entries_journalled", executionId, range).inc(entries);
    }

    public void replayed(long executionId, long entries) {
        registry.counter("aqea_entries_replayed", new Tag("execution", Long.toString(executionId))).inc(entries);
    }

    public void allocated(long executionId, long entries, long lockConflicts) {
        registry.counter("aqea_addresses_assigned", new Tag("execution", Long.toString(executionId))).inc(entries);
        registry.counter("aqea_allocation_conflicts", new Tag("execution", Long.toString(executionId))).inc(lockConflicts);
    }

    private Counter counter(String name, long executionId, String range) {
        return registry.counter(name, new Tag("execution", Long.toString(executionId)), new Tag("range", range));
    }
}
