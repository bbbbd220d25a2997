package org.aqea.store;

import java.time.Duration;
import java.time.Instant;

/** What one partition of an execution has done so far. */
public record PartitionProgress(int partitionIndex, String range, String status, long itemsRead, long itemsWritten,
                                long itemsSkipped, long checkpoint, Instant startedAt, Instant updatedAt) {

    public double itemsPerSecond() {
        double seconds = Duration.between(startedAt, updatedAt).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : Math.round(itemsRead / seconds * 10) / 10.0;
    }
}
