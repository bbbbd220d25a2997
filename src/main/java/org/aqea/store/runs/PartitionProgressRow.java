package org.aqea.store.runs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Table {@code partition_progress}: what one partition of an execution has done, written with its chunks. */
@Entity
@Table(name = "partition_progress")
public class PartitionProgressRow {

    /** The execution and the partition. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "execution_id")
        private long executionId;

        @Column(name = "partition_index")
        private int partitionIndex;

        protected Key() {
        }

        public Key(long executionId, int partitionIndex) {
            this.executionId = executionId;
            this.partitionIndex = partitionIndex;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && executionId == key.executionId && partitionIndex == key.partitionIndex;
        }

        @Override
        public int hashCode() {
            return Objects.hash(executionId, partitionIndex);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "range_label", length = 16)
    private String rangeLabel;

    @Column(name = "status", length = 16)
    private String status;

    @Column(name = "items_read")
    private long itemsRead;

    @Column(name = "items_written")
    private long itemsWritten;

    @Column(name = "items_skipped")
    private long itemsSkipped;

    @Column(name = "checkpoint")
    private long checkpoint;

    @Column(name = "items_expected")
    private Long itemsExpected;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Where the partition ran last: {@code host/server}. */
    @Column(name = "server", columnDefinition = "text")
    private String server;

    protected PartitionProgressRow() {
    }

    public PartitionProgressRow(Key id, String rangeLabel, long checkpoint, long expected, String server, Instant now) {
        this.id = id;
        this.server = server;
        this.rangeLabel = rangeLabel;
        this.status = "STARTED";
        this.checkpoint = checkpoint;
        this.itemsExpected = expected;
        this.startedAt = now;
        this.updatedAt = now;
    }

    public void restarted(String newServer, Instant now) {
        server = newServer;
        status = "STARTED";
        updatedAt = now;
    }

    public void chunkWritten(long read, long written, long skipped, long newCheckpoint, Instant now) {
        itemsRead = read;
        itemsWritten = written;
        itemsSkipped = skipped;
        checkpoint = newCheckpoint;
        updatedAt = now;
    }

    public void ended(String newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    public String server() {
        return server;
    }

    public int partitionIndex() {
        return id.partitionIndex;
    }

    public String rangeLabel() {
        return rangeLabel;
    }

    public String status() {
        return status;
    }

    public long itemsRead() {
        return itemsRead;
    }

    public long itemsWritten() {
        return itemsWritten;
    }

    public long itemsSkipped() {
        return itemsSkipped;
    }

    public long checkpoint() {
        return checkpoint;
    }

    public Long itemsExpected() {
        return itemsExpected;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
