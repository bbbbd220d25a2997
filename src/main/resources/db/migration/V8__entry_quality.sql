-- The validation of every entry: its score (0-100) and its flags (rule, where, what was found). NULL for entries
-- stored before it, until their next extraction rewrites them (the flags are part of the content hash).
ALTER TABLE entry ADD COLUMN quality_score SMALLINT;
ALTER TABLE entry ADD COLUMN quality_flags JSONB;

-- A run's quality report, kept when the run finishes: its record of the entries it saw (run_entry) goes then.
ALTER TABLE run ADD COLUMN quality JSONB;
