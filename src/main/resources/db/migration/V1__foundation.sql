-- Liberty's batch job repository shares this database; its tables are created by Liberty itself.
CREATE SCHEMA IF NOT EXISTS jbatch;

-- One row per partition of an execution: what the API and the dashboard show while a job runs.
CREATE TABLE partition_progress (
    execution_id     BIGINT       NOT NULL,
    partition_index  INT          NOT NULL,
    range_label      VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    items_read       BIGINT       NOT NULL DEFAULT 0,
    items_written    BIGINT       NOT NULL DEFAULT 0,
    items_skipped    BIGINT       NOT NULL DEFAULT 0,
    checkpoint       BIGINT       NOT NULL DEFAULT 0,
    started_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (execution_id, partition_index)
);

-- Pages of the main namespace per title range, per job instance (restarts of an instance add to its counts).
CREATE TABLE range_page_count (
    job_instance_id  BIGINT       NOT NULL,
    range_label      VARCHAR(16)  NOT NULL,
    pages            BIGINT       NOT NULL,
    PRIMARY KEY (job_instance_id, range_label)
);
