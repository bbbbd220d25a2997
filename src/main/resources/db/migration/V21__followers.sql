-- The editions the server follows on its own (org.aqea.api.FollowerTimer): one row per edition. A server's timer
-- takes a follower whose next_run_at has come and moves next_run_at on in the same statement, so that of the servers
-- sharing this database exactly one starts its live run.
CREATE TABLE follower (
    edition         text        PRIMARY KEY,
    every_minutes   int         NOT NULL CHECK (every_minutes BETWEEN 1 AND 1440),
    set_by          text        NOT NULL,
    set_at          timestamptz NOT NULL,
    next_run_at     timestamptz NOT NULL,
    last_tried_at   timestamptz,
    last_execution  bigint,
    last_outcome    text
);
