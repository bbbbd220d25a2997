package org.aqea.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counters of the extraction jobs in Prometheus form ({@code /metrics}): pages read, entries written, pages
 * skipped, per execution and partition; allocations. Named {@code aqea_*}.
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

    public void allocated(long executionId, long entries) {
        registry.counter("aqea_addresses_assigned", new Tag("execution", Long.toString(executionId))).inc(entries);
    }

    private Counter counter(String name, long executionId, String range) {
        return registry.counter(name, new Tag("execution", Long.toString(executionId)), new Tag("range", range));
    }
}
