-- The days of Wikimedia's incremental dumps applied to each edition, written in the transaction that finishes their
-- run: a day is applied once, and the days follow each other (org.aqea.run.IncrementalDay).
CREATE TABLE incremental_day (
    edition          text        NOT NULL,
    day              date        NOT NULL,
    job_instance_id  bigint      NOT NULL,
    applied_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (edition, day)
);

-- The pages an incremental run read in a newer revision than the lexicon held: what it did not see of them has
-- vanished from them; every other page stays as it is.
CREATE TABLE run_page (
    job_instance_id  bigint  NOT NULL,
    edition          text    NOT NULL,
    page_id          bigint  NOT NULL,
    PRIMARY KEY (job_instance_id, edition, page_id)
);

-- GET /api/changes lists entries by the time of their change. A block range index: new and changed rows go to the
-- end of the table in the order of their change, and it costs an insert next to nothing, unlike a B-tree.
CREATE INDEX entry_updated_at ON entry USING brin (updated_at);
