-- The registry's log (V14) looks up each changed lexeme's earlier leaves in registry_leaf. PL/pgSQL keeps the plan of
-- a static statement for the whole session, made for the sizes it saw first: planned once on an empty log (a first
-- load), the lookups stayed sequential scans while an allocation that writes class by class grew the log in the same
-- transaction, and each statement read the whole log once per lexeme. Run through EXECUTE, the statements are planned
-- for the log's and the statement's sizes each time; what they do is unchanged. The same for the check of new leaves.
CREATE OR REPLACE FUNCTION registry_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    run       text := nullif(current_setting('aqea.run', true), '');
    logged_at text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    next_leaf bigint;
    taken_key text;
    taken_at  integer;
    holder    text;
BEGIN
    PERFORM pg_advisory_xact_lock(4706619232434341705); -- the bytes of 'AQEAREGI': the log's lock
    EXECUTE $q$SELECT c.lexeme_key, c.address, a.lexeme FROM changed c
        JOIN LATERAL (SELECT r.leaf::json ->> 'lexeme' AS lexeme FROM registry_leaf r
                      WHERE r.address = c.address AND r.event = 'allocated' LIMIT 1) a ON true
        WHERE a.lexeme <> c.lexeme_key LIMIT 1$q$ INTO taken_key, taken_at, holder;
    IF taken_at IS NOT NULL THEN
        RAISE EXCEPTION 'address % belongs to lexeme % in the registry; it cannot be given to %',
            upper(lpad(to_hex(taken_at), 8, '0')), holder, taken_key
            USING ERRCODE = 'unique_violation';
    END IF;
    SELECT coalesce(max(leaf_index) + 1, 0) INTO next_leaf FROM registry_leaf;
    EXECUTE $q$INSERT INTO registry_leaf (leaf_index, address, event, leaf, leaf_hash)
    SELECT $1 + row_number() OVER (ORDER BY n.address, n.step) - 1, n.address, n.event, n.leaf,
           sha256('\x00'::bytea || convert_to(n.leaf, 'UTF8'))
    FROM (SELECT c.address, s.step, s.event,
                 CASE s.step WHEN 0 THEN json_build_object('event', s.event,
                         'address', upper(lpad(to_hex(c.address), 8, '0')), 'lexeme', c.lexeme_key, 'domain', c.domain,
                         'class', c.word_class, 'field', c.field, 'overflowed', c.overflowed, 'run', $2, 'time', $3)
                 ELSE json_build_object('event', s.event, 'address', upper(lpad(to_hex(c.address), 8, '0')),
                         'lexeme', c.lexeme_key, 'run', $2, 'time', $3) END::text AS leaf
          FROM changed c
          LEFT JOIN LATERAL (SELECT r.event FROM registry_leaf r WHERE r.address = c.address
                             ORDER BY r.leaf_index DESC LIMIT 1) last ON true
          CROSS JOIN LATERAL (VALUES (0, 'allocated'),
                                     (1, CASE WHEN c.status = 'deprecated' THEN 'deprecated' ELSE 'restored' END)) s (step, event)
          WHERE c.address IS NOT NULL
            AND CASE s.step WHEN 0 THEN last.event IS NULL
                ELSE (c.status = 'deprecated') <> coalesce(last.event = 'deprecated', false) END) n$q$
        USING next_leaf, run, logged_at;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION registry_leaf_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    first_index bigint;
    last_index  bigint;
    leaves      bigint;
    gap         boolean;
BEGIN
    IF EXISTS (SELECT 1 FROM added a
               WHERE a.leaf_hash <> sha256('\x00'::bytea || convert_to(a.leaf, 'UTF8'))
                  OR a.event IS DISTINCT FROM a.leaf::json ->> 'event'
                  OR a.address IS DISTINCT FROM ('x' || (a.leaf::json ->> 'address'))::bit(32)::integer) THEN
        RAISE EXCEPTION 'a leaf of the address registry must carry the hash, event and address its text gives'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT min(leaf_index), max(leaf_index), count(*) INTO first_index, last_index, leaves FROM added;
    EXECUTE $q$SELECT $2 - $1 + 1 <> $3
               OR EXISTS (SELECT 1 FROM registry_leaf WHERE leaf_index > $2)
               OR $1 <> coalesce((SELECT max(leaf_index) FROM registry_leaf WHERE leaf_index < $1), -1) + 1$q$
        INTO gap USING first_index, last_index, leaves;
    IF gap THEN
        RAISE EXCEPTION 'leaves % to % do not continue the address registry''s log without gap', first_index, last_index
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
