package org.aqea.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The state of every running partition, by execution and partition index (see {@link PartitionState}). */
@ApplicationScoped
public class PartitionStates {

    private record Key(long executionId, int partitionIndex) {
    }

    private final Map<Key, PartitionState> states = new ConcurrentHashMap<>();

    PartitionState open(long executionId, String range, int partitionIndex, long pagesConsumed) {
        PartitionState state = new PartitionState(range, partitionIndex, pagesConsumed);
        states.put(new Key(executionId, partitionIndex), state);
        return state;
    }

    PartitionState of(long executionId, int partitionIndex) {
        PartitionState state = states.get(new Key(executionId, partitionIndex));
        if (state == null) {
            throw new IllegalStateException("partition " + partitionIndex + " of execution " + executionId + " is not open");
        }
        return state;
    }

    void close(long executionId, int partitionIndex) {
        states.remove(new Key(executionId, partitionIndex));
    }
}
