-- Every table has a key: the progress samples are mapped as entities (JPA) like the other tables.
ALTER TABLE progress_sample ADD COLUMN id BIGSERIAL PRIMARY KEY;
