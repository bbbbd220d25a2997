-- The rate over time per partition, not only in total, and the entries written besides the pages read: each
-- sample names the partition whose chunk it counts (null in samples written before these columns existed).
ALTER TABLE progress_sample ADD COLUMN partition_index INT, ADD COLUMN entries INT NOT NULL DEFAULT 0;
