package org.aqea.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void aKeyExpiresOnceItWasUnusedForLongerThanThePeriod() {
        Retention<String> retention = new Retention<>(Duration.ofMinutes(60));
        Instant start = Instant.parse("2026-11-29T00:00:00Z");
        retention.touch("1", start);
        retention.touch("2", start);
        retention.touch("2", start.plusSeconds(1800));
        assertEquals(List.of(), retention.expired(start.plusSeconds(3600)), "not longer than the period yet");
        assertEquals(List.of("1"), retention.expired(start.plusSeconds(3601)));
        assertEquals(List.of(), retention.expired(start.plusSeconds(3602)), "expired once");
        assertEquals(List.of("2"), retention.expired(start.plusSeconds(5401)));
    }
}
