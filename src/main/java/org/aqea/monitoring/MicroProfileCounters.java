package org.aqea.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** {@link Counters} in MicroProfile Metrics (Open Liberty's {@code /metrics}). */
@ApplicationScoped
public class MicroProfileCounters implements Counters {

    @Inject
    MetricRegistry registry;

    @Override
    public void add(String name, Map<String, String> tags, long amount) {
        Tag[] list = tags.entrySet().stream().map(tag -> new Tag(tag.getKey(), tag.getValue())).toArray(Tag[]::new);
        registry.counter(name, list).inc(amount);
    }

    @Override
    public void dropExecution(String execution) {
        registry.removeMatching((id, metric) -> execution.equals(id.getTags().get("execution")));
    }
}
