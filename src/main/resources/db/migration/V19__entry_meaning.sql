-- Search by meaning: each entry's English side (meaning.MeaningText) and its sentence embedding, computed by the
-- meaning-backfill job. The text is kept so that only entries whose text changed are embedded again, and so that a
-- result can be explained. The server's index (Lucene HNSW) is loaded from here and follows updated_at.
CREATE TABLE entry_meaning (
    edition        VARCHAR(8)   NOT NULL,
    page_id        BIGINT       NOT NULL,
    heading_index  INT          NOT NULL,
    meaning_text   TEXT         NOT NULL,
    model          VARCHAR(64)  NOT NULL,
    vector         REAL[]       NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (edition, page_id, heading_index),
    FOREIGN KEY (edition, page_id, heading_index) REFERENCES entry ON DELETE CASCADE
);
CREATE INDEX entry_meaning_updated ON entry_meaning (updated_at);
