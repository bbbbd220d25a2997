package org.aqea.store.runs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Table {@code progress_sample}: the pages and entries of one committed chunk of a partition and when, for the rate over time. */
@Entity
@Table(name = "progress_sample")
public class ProgressSample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "sampled_at")
    private Instant sampledAt;

    @Column(name = "partition_index")
    private Integer partitionIndex;

    @Column(name = "pages")
    private int pages;

    @Column(name = "entries")
    private int entries;

    protected ProgressSample() {
    }

    public ProgressSample(long executionId, int partitionIndex, int pages, int entries, Instant now) {
        this.executionId = executionId;
        this.partitionIndex = partitionIndex;
        this.pages = pages;
        this.entries = entries;
        this.sampledAt = now;
    }
}
