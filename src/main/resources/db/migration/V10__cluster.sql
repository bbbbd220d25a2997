-- Servers of a cluster (AQEA_ROLE dispatcher or executor) beat here; a partition whose server stopped beating
-- for longer than AQEA_PARTITION_TIMEOUT_SECONDS is failed by a dispatcher, so that its job ends and can be
-- restarted elsewhere instead of waiting for a reply that never comes.
CREATE TABLE server_heartbeat (
    server   TEXT         PRIMARY KEY,
    role     VARCHAR(16)  NOT NULL,
    seen_at  TIMESTAMPTZ  NOT NULL
);

-- The server running a run's current execution: a dispatcher fails the execution of a dispatcher silent for longer
-- than the timeout, so that another dispatcher may restart it.
ALTER TABLE run ADD COLUMN server TEXT;
