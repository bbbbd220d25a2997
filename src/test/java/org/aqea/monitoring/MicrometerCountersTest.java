package org.aqea.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerCountersTest {

    private final MicrometerCounters counters = new MicrometerCounters();

    MicrometerCountersTest() {
        counters.registry = new SimpleMeterRegistry();
    }

    @Test
    void countsByNameAndTagsAndMakesASeriesExistAtZero() {
        counters.add("aqea_pages_read", Map.of("execution", "7", "range", "A-E"), 40);
        counters.add("aqea_pages_read", Map.of("range", "A-E", "execution", "7"), 2);
        counters.add("aqea_pages_read", Map.of("execution", "7", "range", "F-J"), 5);
        counters.add("aqea_pages_skipped", Map.of("execution", "7", "range", "A-E"), 0);

        assertEquals(42, counters.registry.get("aqea_pages_read").tags("execution", "7", "range", "A-E").counter().count());
        assertEquals(5, counters.registry.get("aqea_pages_read").tags("range", "F-J").counter().count());
        assertEquals(0, counters.registry.get("aqea_pages_skipped").tags("execution", "7").counter().count());
    }

    @Test
    void dropsEverySeriesOfAnExecutionAndNoOther() {
        counters.add("aqea_pages_read", Map.of("execution", "7", "range", "A-E"), 1);
        counters.add("aqea_addresses_assigned", Map.of("execution", "7"), 3);
        counters.add("aqea_pages_read", Map.of("execution", "8", "range", "A-E"), 4);

        counters.dropExecution("7");

        assertNull(counters.registry.find("aqea_pages_read").tags("execution", "7").counter());
        assertNull(counters.registry.find("aqea_addresses_assigned").counter());
        assertEquals(4, counters.registry.get("aqea_pages_read").tags("execution", "8").counter().count());
    }
}
