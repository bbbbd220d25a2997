-- The windows of a wiki's recent changes that live runs fetched (org.aqea.wiki.LiveChanges), one per run: the next
-- live run of the edition starts where the last applied one ended. applied_at is set in the transaction that finishes
-- the run, so a window counts only once its pages are in the lexicon.
CREATE TABLE live_window (
    job_instance_id  bigint      PRIMARY KEY,
    edition          text        NOT NULL,
    since            timestamptz NOT NULL,
    until            timestamptz NOT NULL,
    changes          int         NOT NULL,
    titles           int         NOT NULL,
    pages            int         NOT NULL,
    requests         int         NOT NULL,
    fetched_at       timestamptz NOT NULL DEFAULT now(),
    applied_at       timestamptz
);
CREATE INDEX live_window_applied ON live_window (edition, until) WHERE applied_at IS NOT NULL;
