package org.aqea.store.runs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Table {@code reject}: a page a run could not process, with the reason and a snippet of its text. */
@Entity
@Table(name = "reject")
public class Reject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "range_label", length = 16)
    private String rangeLabel;

    @Column(name = "page_id")
    private Long pageId;

    @Column(name = "title", columnDefinition = "text")
    private String title;

    @Column(name = "reason", columnDefinition = "text")
    private String reason;

    @Column(name = "snippet", columnDefinition = "text")
    private String snippet;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected Reject() {
    }

    public Reject(long jobInstanceId, long executionId, String rangeLabel, long pageId, String title, String reason,
                  String snippet) {
        this.jobInstanceId = jobInstanceId;
        this.executionId = executionId;
        this.rangeLabel = rangeLabel;
        this.pageId = pageId;
        this.title = title;
        this.reason = reason;
        this.snippet = snippet;
    }

    public String rangeLabel() {
        return rangeLabel;
    }

    public String title() {
        return title;
    }

    public String reason() {
        return reason;
    }
}
