-- Pages done per chunk over time: the extraction rate of an execution, for the dashboard.
CREATE TABLE progress_sample (
    execution_id  BIGINT       NOT NULL,
    sampled_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    pages         INT          NOT NULL
);
CREATE INDEX progress_sample_execution ON progress_sample (execution_id, sampled_at);
