package org.aqea.store.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Table {@code follower}: an edition the server keeps current by a live run every few minutes, and how its last
 * attempt went.
 */
@Entity
@Table(name = "follower")
public class Follower {

    @Id
    @Column(name = "edition")
    private String edition;

    @Column(name = "every_minutes")
    private int everyMinutes;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @Column(name = "last_tried_at")
    private Instant lastTriedAt;

    @Column(name = "last_execution")
    private Long lastExecution;

    @Column(name = "last_outcome")
    private String lastOutcome;

    protected Follower() {
    }

    Follower(String edition) {
        this.edition = edition;
    }

    /** Sets (or sets again) how often to follow; the first run is due at once. */
    void set(int everyMinutes, String setBy, Instant now) {
        this.everyMinutes = everyMinutes;
        this.setBy = setBy;
        this.setAt = now;
        this.nextRunAt = now;
    }

    void tried(Instant at, Long execution, String outcome) {
        this.lastTriedAt = at;
        if (execution != null) {
            this.lastExecution = execution;
        }
        this.lastOutcome = outcome;
    }

    public String edition() {
        return edition;
    }

    public int everyMinutes() {
        return everyMinutes;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    public Optional<Instant> lastTriedAt() {
        return Optional.ofNullable(lastTriedAt);
    }

    /** The last live run the follower started, kept when a later attempt was refused. */
    public Optional<Long> lastExecution() {
        return Optional.ofNullable(lastExecution);
    }

    /** What the last attempt gave: {@code started}, or why no run started. */
    public Optional<String> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }
}
