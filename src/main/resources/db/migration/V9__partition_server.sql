-- Where each partition ran: the host and Liberty server that ran it last (null in rows written before).
ALTER TABLE partition_progress ADD COLUMN server TEXT;
