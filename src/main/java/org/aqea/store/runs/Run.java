package org.aqea.store.runs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Table {@code run}: one extraction run (a job instance), its edition, dump, parameters and where it stands. */
@Entity
@Table(name = "run")
public class Run {

    @Id
    @Column(name = "job_instance_id")
    private long jobInstanceId;

    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "edition", length = 8)
    private String edition;

    @Column(name = "dump", columnDefinition = "text")
    private String dump;

    /** The checked parameters as a JSON object of strings. */
    @Column(name = "parameters", columnDefinition = "text")
    private String parameters;

    @Column(name = "status", length = 16)
    private String status;

    @Column(name = "dump_size")
    private Long dumpSize;

    @Column(name = "dump_sha1", length = 40)
    private String dumpSha1;

    @Column(name = "dump_validator", columnDefinition = "text")
    private String dumpValidator;

    @Column(name = "dump_date", length = 16)
    private String dumpDate;

    @Column(name = "complete_dump")
    private Boolean completeDump;

    @Column(name = "deprecation_confirmed")
    private boolean deprecationConfirmed;

    @Column(name = "active_entries")
    private Long activeEntries;

    @Column(name = "unseen_entries")
    private Long unseenEntries;

    @Column(name = "deprecated_entries")
    private Long deprecatedEntries;

    @Column(name = "kept_entries")
    private Long keptEntries;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The quality report of the entries the run saw, kept when it finished. */
    @Column(name = "quality")
    @JdbcTypeCode(SqlTypes.JSON)
    private String quality;

    /** The server running the run's current execution (host/name), whose heartbeat a cluster watches. */
    @Column(name = "server", columnDefinition = "text")
    private String server;

    protected Run() {
    }

    public Run(long jobInstanceId, long executionId, String edition, String dump, String parameters, Instant now) {
        this.jobInstanceId = jobInstanceId;
        this.executionId = executionId;
        this.edition = edition;
        this.dump = dump;
        this.parameters = parameters;
        this.status = "RUNNING";
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Another execution of the run begins. */
    public void began(long newExecutionId, boolean confirmDeprecation, String runningOn, Instant now) {
        executionId = newExecutionId;
        server = runningOn;
        status = "RUNNING";
        deprecationConfirmed |= confirmDeprecation;
        updatedAt = now;
    }

    public void setStatus(String newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    public void bindDump(long size, String sha1, String validator, String date, boolean complete, Instant now) {
        dumpSize = size;
        dumpSha1 = sha1;
        dumpValidator = validator;
        dumpDate = date;
        completeDump = complete;
        updatedAt = now;
    }

    public void counted(long active, long unseen, long deprecated, long kept, Instant now) {
        activeEntries = active;
        unseenEntries = unseen;
        deprecatedEntries = deprecated;
        keptEntries = kept;
        updatedAt = now;
    }

    public void recordQuality(String report, Instant now) {
        quality = report;
        updatedAt = now;
    }

    public String quality() {
        return quality;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long jobInstanceId() {
        return jobInstanceId;
    }

    public long executionId() {
        return executionId;
    }

    public String edition() {
        return edition;
    }

    public String parameters() {
        return parameters;
    }

    public String status() {
        return status;
    }

    public Long dumpSize() {
        return dumpSize;
    }

    public String dumpSha1() {
        return dumpSha1;
    }

    public String dumpValidator() {
        return dumpValidator;
    }

    public String dumpDate() {
        return dumpDate;
    }

    public boolean completeDump() {
        return Boolean.TRUE.equals(completeDump);
    }

    public boolean deprecationConfirmed() {
        return deprecationConfirmed;
    }

    public Long activeEntries() {
        return activeEntries;
    }

    public Long unseenEntries() {
        return unseenEntries;
    }

    public Long deprecatedEntries() {
        return deprecatedEntries;
    }

    public Long keptEntries() {
        return keptEntries;
    }
}
