package org.aqea.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** {@link Counters} in Micrometer (WildFly's micrometer subsystem, whose Prometheus registry serves them). */
@ApplicationScoped
public class MicrometerCounters implements Counters {

    @Inject
    MeterRegistry registry;

    @Override
    public void add(String name, Map<String, String> tags, long amount) {
        Tags list = Tags.empty();
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            list = list.and(tag.getKey(), tag.getValue());
        }
        registry.counter(name, list).increment(amount);
    }

    @Override
    public void dropExecution(String execution) {
        registry.getMeters().stream()
                .filter(meter -> execution.equals(meter.getId().getTag("execution")))
                .forEach(registry::remove);
    }
}
