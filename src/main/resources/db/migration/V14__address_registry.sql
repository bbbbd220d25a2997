-- The address registry's log (issue 37): every address given to a lexeme, and every later change of its status, is
-- a leaf of an append-only Merkle tree hashed as RFC 9162 defines (org.aqea.registry.MerkleTree). The leaves are
-- written by triggers on lexeme, in the transaction of the change they record, so that no writer (the job, the
-- import, an operator's SQL) can change an address without the log saying so. A signed tree head (registry_head)
-- lets anybody who kept it prove later that the log only grew.
CREATE TABLE registry_leaf (
    leaf_index  bigint      PRIMARY KEY,
    address     integer     NOT NULL,
    event       varchar(16) NOT NULL,
    -- The leaf as hashed: one JSON object, kept as the exact text whose UTF-8 bytes the hash covers.
    leaf        text        NOT NULL,
    leaf_hash   bytea       NOT NULL
);
CREATE INDEX registry_leaf_address ON registry_leaf (address, leaf_index);

CREATE TABLE registry_head (
    tree_size   bigint      PRIMARY KEY,
    root_hash   bytea       NOT NULL,
    signed_at   timestamptz NOT NULL,
    public_key  bytea       NOT NULL,
    signature   bytea       NOT NULL
);

-- Whoever appends leaves (the trigger below, the import) gives each its index, address, event and hash; this check,
-- once per statement, refuses a leaf whose columns are not what its text says, and leaves that do not continue the
-- log without gap. Concurrent writers are ordered by the log's advisory lock (registry_log) and the primary key.
CREATE FUNCTION registry_leaf_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    first_index bigint;
    last_index  bigint;
    leaves      bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM added a
               WHERE a.leaf_hash <> sha256('\x00'::bytea || convert_to(a.leaf, 'UTF8'))
                  OR a.event IS DISTINCT FROM a.leaf::json ->> 'event'
                  OR a.address IS DISTINCT FROM ('x' || (a.leaf::json ->> 'address'))::bit(32)::integer) THEN
        RAISE EXCEPTION 'a leaf of the address registry must carry the hash, event and address its text gives'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT min(leaf_index), max(leaf_index), count(*) INTO first_index, last_index, leaves FROM added;
    IF last_index - first_index + 1 <> leaves
       OR EXISTS (SELECT 1 FROM registry_leaf WHERE leaf_index > last_index)
       OR first_index <> coalesce((SELECT max(leaf_index) FROM registry_leaf WHERE leaf_index < first_index), -1) + 1 THEN
        RAISE EXCEPTION 'leaves % to % do not continue the address registry''s log without gap', first_index, last_index
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER registry_leaf_check AFTER INSERT ON registry_leaf REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION registry_leaf_check();

CREATE FUNCTION registry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the address registry is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER registry_leaf_append_only BEFORE UPDATE OR DELETE ON registry_leaf
    FOR EACH ROW EXECUTE FUNCTION registry_append_only();
CREATE TRIGGER registry_leaf_no_truncate BEFORE TRUNCATE ON registry_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION registry_append_only();
CREATE TRIGGER registry_head_append_only BEFORE UPDATE OR DELETE ON registry_head
    FOR EACH ROW EXECUTE FUNCTION registry_append_only();
CREATE TRIGGER registry_head_no_truncate BEFORE TRUNCATE ON registry_head
    FOR EACH STATEMENT EXECUTE FUNCTION registry_append_only();
-- The owner gives up these rights too: a server connecting as a role that is not a superuser (Supabase's postgres
-- role is not) cannot change the log even past the triggers. A superuser can; that is what the verifier finds.
REVOKE UPDATE, DELETE, TRUNCATE ON registry_leaf, registry_head FROM PUBLIC, CURRENT_USER;

-- An addressed lexeme keeps its address, key, class and field: what its allocation leaf says stays true.
CREATE FUNCTION registry_lexeme_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'lexeme % has address %: an addressed lexeme is never deleted (deprecate it)',
            OLD.lexeme_key, upper(lpad(to_hex(OLD.address), 8, '0')) USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RAISE EXCEPTION 'lexeme % has address %: its address, key, domain, class and field never change',
        OLD.lexeme_key, upper(lpad(to_hex(OLD.address), 8, '0')) USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER registry_lexeme_fixed BEFORE UPDATE ON lexeme FOR EACH ROW
    WHEN (OLD.address IS NOT NULL AND (NEW.address, NEW.lexeme_key, NEW.domain, NEW.word_class, NEW.field)
        IS DISTINCT FROM (OLD.address, OLD.lexeme_key, OLD.domain, OLD.word_class, OLD.field))
    EXECUTE FUNCTION registry_lexeme_fixed();
CREATE TRIGGER registry_lexeme_kept BEFORE DELETE ON lexeme FOR EACH ROW
    WHEN (OLD.address IS NOT NULL) EXECUTE FUNCTION registry_lexeme_fixed();

-- Logs what the statement changed, in address order: an allocation leaf for an address the log does not hold yet,
-- then a status leaf where the lexeme's status differs from the log's last word on its address. A lexeme whose
-- state the log already holds (an import that brought the log along) adds nothing. The run that made the change
-- names itself in the setting aqea.run; a change made outside the product is logged with "run": null. One
-- set-based statement per statement on lexeme: per-row work here would cost more than the allocation itself.
CREATE FUNCTION registry_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    run       text := nullif(current_setting('aqea.run', true), '');
    logged_at text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    next_leaf bigint;
    taken     record;
BEGIN
    PERFORM pg_advisory_xact_lock(4706619232434341705); -- the bytes of 'AQEAREGI': the log's lock
    SELECT c.lexeme_key, c.address, a.lexeme INTO taken FROM changed c
        JOIN LATERAL (SELECT r.leaf::json ->> 'lexeme' AS lexeme FROM registry_leaf r
                      WHERE r.address = c.address AND r.event = 'allocated' LIMIT 1) a ON true
        WHERE a.lexeme <> c.lexeme_key LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'address % belongs to lexeme % in the registry; it cannot be given to %',
            upper(lpad(to_hex(taken.address), 8, '0')), taken.lexeme, taken.lexeme_key
            USING ERRCODE = 'unique_violation';
    END IF;
    SELECT coalesce(max(leaf_index) + 1, 0) INTO next_leaf FROM registry_leaf;
    INSERT INTO registry_leaf (leaf_index, address, event, leaf, leaf_hash)
    SELECT next_leaf + row_number() OVER (ORDER BY n.address, n.step) - 1, n.address, n.event, n.leaf,
           sha256('\x00'::bytea || convert_to(n.leaf, 'UTF8'))
    FROM (SELECT c.address, s.step, s.event,
                 CASE s.step WHEN 0 THEN json_build_object('event', s.event,
                         'address', upper(lpad(to_hex(c.address), 8, '0')), 'lexeme', c.lexeme_key, 'domain', c.domain,
                         'class', c.word_class, 'field', c.field, 'overflowed', c.overflowed, 'run', run, 'time', logged_at)
                 ELSE json_build_object('event', s.event, 'address', upper(lpad(to_hex(c.address), 8, '0')),
                         'lexeme', c.lexeme_key, 'run', run, 'time', logged_at) END::text AS leaf
          FROM changed c
          LEFT JOIN LATERAL (SELECT r.event FROM registry_leaf r WHERE r.address = c.address
                             ORDER BY r.leaf_index DESC LIMIT 1) last ON true
          CROSS JOIN LATERAL (VALUES (0, 'allocated'),
                                     (1, CASE WHEN c.status = 'deprecated' THEN 'deprecated' ELSE 'restored' END)) s (step, event)
          WHERE c.address IS NOT NULL
            AND CASE s.step WHEN 0 THEN last.event IS NULL
                ELSE (c.status = 'deprecated') <> coalesce(last.event = 'deprecated', false) END) n;
    RETURN NULL;
END $$;
CREATE TRIGGER registry_log_inserted AFTER INSERT ON lexeme REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION registry_log();
CREATE TRIGGER registry_log_updated AFTER UPDATE ON lexeme REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION registry_log();

-- The lexemes addressed before the log existed enter it now, through the same trigger.
SELECT set_config('aqea.run', 'migration V14', true);
UPDATE lexeme SET status = status WHERE address IS NOT NULL;
