-- The end of a run as the lexicon saw it, written in the transaction that deprecates what the run did not see and
-- drops its records of what it saw: a finish step that runs again (a crash before the run row said finished) finds
-- this row and does not count again, since with the records gone every entry would look unseen. The run's start
-- tells it from an earlier run of the same instance id (a job repository made anew counts from 1 again).
CREATE TABLE run_finish (
    job_instance_id bigint      NOT NULL,
    run_started_at  timestamptz NOT NULL,
    edition         text        NOT NULL,
    active_entries  bigint      NOT NULL,
    unseen_entries  bigint      NOT NULL,
    deprecated      integer     NOT NULL,
    kept_entries    bigint      NOT NULL,
    finished_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_instance_id, run_started_at)
);
