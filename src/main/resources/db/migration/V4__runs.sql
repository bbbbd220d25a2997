-- One row per extraction run (a job instance), written by the job itself whoever started it: its edition, the
-- dump it reads and that dump's identity, its checked parameters, and where it stands. A run RUNNING holds its
-- edition: no second run of the edition starts while that run's execution is alive.
CREATE TABLE run (
    job_instance_id        BIGINT       PRIMARY KEY,
    execution_id           BIGINT       NOT NULL,
    edition                VARCHAR(8)   NOT NULL,
    dump                   TEXT         NOT NULL,
    parameters             TEXT         NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    dump_size              BIGINT,
    dump_sha1              VARCHAR(40),
    dump_validator         TEXT,
    dump_date              VARCHAR(16),
    complete_dump          BOOLEAN,
    deprecation_confirmed  BOOLEAN      NOT NULL DEFAULT false,
    active_entries         BIGINT,
    unseen_entries         BIGINT,
    deprecated_entries     BIGINT,
    kept_entries           BIGINT,
    started_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX run_edition_status ON run (edition, status);

-- A rejected page counts as seen by its run: its entries stay as they were. Rejects belong to the run.
ALTER TABLE reject ADD COLUMN job_instance_id BIGINT, ADD COLUMN page_id BIGINT;
CREATE INDEX reject_instance ON reject (job_instance_id);
-- Entries a run kept without reading them (their page was rejected).
ALTER TABLE run_entry ADD COLUMN kept BOOLEAN NOT NULL DEFAULT false;
