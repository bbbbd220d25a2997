package org.aqea.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keys and when they were last used; a key unused for longer than the retention period expires once. */
final class Retention<K> {

    private final Duration period;
    private final Map<K, Instant> lastUsed = new ConcurrentHashMap<>();

    Retention(Duration period) {
        this.period = period;
    }

    void touch(K key, Instant now) {
        lastUsed.put(key, now);
    }

    /** The keys unused for longer than the period at {@code now}; they are forgotten. */
    List<K> expired(Instant now) {
        List<K> expired = new ArrayList<>();
        Instant cutoff = now.minus(period);
        lastUsed.forEach((key, used) -> {
            if (used.isBefore(cutoff) && lastUsed.remove(key, used)) {
                expired.add(key);
            }
        });
        return expired;
    }
}
