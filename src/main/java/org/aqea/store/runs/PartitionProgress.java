package org.aqea.store.runs;

import java.time.Duration;
import java.time.Instant;

/**
 * What one partition of an execution has done so far. {@code checkpoint} and {@code itemsExpected} count pages of
 * the partition's shard (from its start, across restarts); the other counts are this execution's.
 *
 * @param server where it ran: {@code host/server}; null for rows written before servers were recorded
 */
public record PartitionProgress(int partitionIndex, String range, String status, long itemsRead, long itemsWritten,
                                long itemsSkipped, long checkpoint, Instant startedAt, Instant updatedAt,
                                long itemsExpected, String server) {

    public double itemsPerSecond() {
        double seconds = Duration.between(startedAt, updatedAt).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : Math.round(itemsRead / seconds * 10) / 10.0;
    }

    /** Seconds until the shard is done at the current rate, or -1 when unknown. */
    public long secondsLeft() {
        double rate = itemsPerSecond();
        return rate <= 0 ? -1 : Math.round((itemsExpected - checkpoint) / rate);
    }
}
