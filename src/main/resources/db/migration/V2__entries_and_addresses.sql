-- The page counts of the first job version are replaced by the extracted entries.
DROP TABLE range_page_count;

-- The AQEA address registry: append-only. An address once given is never moved or reused; uniqueness of
-- lexemes and of addresses is enforced here, not only in Java.
CREATE TABLE lexeme (
    lexeme_key   TEXT         PRIMARY KEY,
    address      INT          UNIQUE,
    domain       SMALLINT     NOT NULL,
    word_class   SMALLINT     NOT NULL,
    field        SMALLINT     NOT NULL,
    overflowed   BOOLEAN      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    reason       TEXT,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX lexeme_domain_class ON lexeme (domain, word_class);

-- One row per part-of-speech heading of a dictionary page: the lexical data and its AQEA entry.
CREATE TABLE entry (
    edition        VARCHAR(8)   NOT NULL,
    page_id        BIGINT       NOT NULL,
    heading_index  INT          NOT NULL,
    revision_id    BIGINT       NOT NULL,
    word           TEXT         NOT NULL,
    lang_code      VARCHAR(16),
    pos            VARCHAR(16)  NOT NULL,
    lexeme_key     TEXT,
    aqea_domain    SMALLINT,
    word_class     SMALLINT     NOT NULL,
    field          VARCHAR(16)  NOT NULL,
    field_rule     TEXT         NOT NULL,
    address        INT,
    label          VARCHAR(64)  NOT NULL,
    description    TEXT         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    reason         TEXT,
    lexical        JSONB        NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (edition, page_id, heading_index)
);
CREATE INDEX entry_address ON entry (address);
CREATE INDEX entry_lexeme_key ON entry (lexeme_key);
CREATE INDEX entry_label ON entry (lower(label) text_pattern_ops);
CREATE INDEX entry_lang_pos ON entry (lang_code, pos);

-- Which entries a job instance saw: what a finished run did not see has vanished from the dump.
CREATE TABLE run_entry (
    job_instance_id  BIGINT      NOT NULL,
    edition          VARCHAR(8)  NOT NULL,
    page_id          BIGINT      NOT NULL,
    heading_index    INT         NOT NULL,
    PRIMARY KEY (job_instance_id, edition, page_id, heading_index)
);

-- Pages that could not be processed.
CREATE TABLE reject (
    id              BIGSERIAL    PRIMARY KEY,
    execution_id    BIGINT       NOT NULL,
    range_label     VARCHAR(16)  NOT NULL,
    title           TEXT         NOT NULL,
    reason          TEXT         NOT NULL,
    snippet         TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX reject_execution ON reject (execution_id);

ALTER TABLE partition_progress ADD COLUMN items_expected BIGINT;
