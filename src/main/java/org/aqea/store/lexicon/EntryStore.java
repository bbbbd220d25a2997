package org.aqea.store.lexicon;


import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.aqea.address.AllocationRequest;
import org.aqea.address.LexemeKey;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.run.IncrementalDay;
import org.aqea.store.registry.RegistryLog;
import org.aqea.store.runs.RunRow;
import org.aqea.store.LocalTransaction;
import org.aqea.store.StoreException;

/**
 * Writes the lexicon: a chunk's entries through JPA ({@link LexiconWriter}); the allocation of a run's pending
 * addresses and the end of a run (what it did not see is deprecated) as set-based SQL, one statement over all of
 * a run's entries each, which no entity-at-a-time mapping matches. The lexicon datasource takes no part in
 * global transactions: every method commits its own local transaction.
 */
@ApplicationScoped
public class EntryStore {

    /** Rows of pending lexemes read per round trip: the run's new lexemes are never all in memory at once. */
    private static final int PENDING_FETCH = 10_000;

    /**
     * Parameters: whether only the pages the run read count (a run of changed pages), and the run. Such a run touches
     * no entry of a page it did not read.
     */
    private static final String READ_BY_RUN = """
            (NOT ? OR EXISTS (SELECT 1 FROM run_page p WHERE p.job_instance_id = ? AND p.edition = e.edition
                                AND p.page_id = e.page_id))""";

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "lexicon")
    private EntityManagerFactory lexicon;

    /**
     * Writes the rows and records that the run saw them, in one local transaction ({@link LexiconWriter}). Rolls
     * back explicitly on failure: the connection goes back to the pool either way.
     */
    public void write(long jobInstanceId, String createdBy, List<EntryRow> rows) {
        EntityManager em = lexicon.createEntityManager();
        try {
            em.getTransaction().begin();
            LexiconWriter.write(em, jobInstanceId, createdBy, rows, Instant.now());
            em.getTransaction().commit();
        } catch (RuntimeException e) {
            try {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw new StoreException("writing " + rows.size() + " entries", e);
        } finally {
            em.close();
        }
    }

    /**
     * Gives every entry of the run that waits for an address its lexeme's address, allocating new lexemes in the
     * spec's canonical order, class by class, all in one transaction. Entries of other runs are left to them.
     */
    public AllocationResult allocatePendingAddresses(long jobInstanceId, boolean joinByLemma) {
        analyze();
        return LocalTransaction.run(dataSource, "allocating addresses", connection -> {
            RegistryLog.nameRun(connection, "job " + jobInstanceId);
            if (joinByLemma) {
                joinLexemesByLemma(connection, jobInstanceId);
            }
            int conflicts = 0;
            // One class at a time: a class's addresses never depend on another's (its blocks are its own), so only one
            // class's requests and lexemes are in memory, whatever the size of the run.
            try (PreparedStatement pending = connection.prepareStatement("""
                    SELECT DISTINCT e.aqea_domain, e.word_class, e.lexeme_key, e.field FROM entry e
                    JOIN run_entry r ON r.job_instance_id = ? AND r.edition = e.edition AND r.page_id = e.page_id
                        AND r.heading_index = e.heading_index
                    WHERE e.lexeme_key IS NOT NULL AND e.status <> 'deprecated' AND (e.address IS NULL OR e.status = 'draft')
                    ORDER BY e.aqea_domain, e.word_class
                    """)) {
                pending.setLong(1, jobInstanceId);
                pending.setFetchSize(PENDING_FETCH);
                try (ResultSet rs = pending.executeQuery()) {
                    List<AllocationRequest> requests = new ArrayList<>();
                    while (rs.next()) {
                        AllocationRequest request = new AllocationRequest(LexemeKey.ofText(rs.getString(3)), rs.getInt(1),
                                WordClass.ofCode(rs.getInt(2)), SemanticField.ofId(rs.getString(4)));
                        if (!requests.isEmpty() && !requests.get(0).sameClass(request)) {
                            conflicts += PostgresAddressRegistry.allocate(connection, requests).lockConflicts();
                            requests = new ArrayList<>();
                        }
                        requests.add(request);
                    }
                    if (!requests.isEmpty()) {
                        conflicts += PostgresAddressRegistry.allocate(connection, requests).lockConflicts();
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE entry e SET address = l.address, reason = l.reason, updated_at = now(),
                        status = CASE WHEN l.address IS NULL THEN 'pending_review' ELSE 'active' END
                    FROM lexeme l, run_entry r
                    WHERE e.lexeme_key = l.lexeme_key AND e.status <> 'deprecated'
                      AND r.job_instance_id = ? AND r.edition = e.edition AND r.page_id = e.page_id
                      AND r.heading_index = e.heading_index
                      AND (e.address IS DISTINCT FROM l.address OR e.status = 'draft')
                    """);
                 PreparedStatement reactivate = connection.prepareStatement("""
                    UPDATE lexeme l SET status = 'active' WHERE status = 'deprecated' AND address IS NOT NULL
                      AND EXISTS (SELECT 1 FROM entry e WHERE e.lexeme_key = l.lexeme_key AND e.status = 'active')
                    """)) {
                update.setLong(1, jobInstanceId);
                int changed = update.executeUpdate();
                reactivate.executeUpdate();
                return new AllocationResult(changed, conflicts);
            }
        });
    }

    /**
     * Entries of the run whose source names a word class or none, but no genders (PanLex), take the key, class and
     * field of the one other addressed lexeme of known class that has their language and lemma (and their class,
     * where they name one), so that their data joins that lexeme under its address: German {@code Hund}, a noun
     * without genders to PanLex, joins the masculine noun of the Wiktionary. Where there are several (a noun and a
     * verb for an entry of unknown class) or none, they keep their own key. Only the run's own entries change; the
     * lexemes and the other sources' entries stay as they are.
     */
    private static void joinLexemesByLemma(Connection connection, long jobInstanceId) throws SQLException {
        try (PreparedStatement join = connection.prepareStatement("""
                WITH candidate AS (
                    SELECT e.edition, e.page_id, e.heading_index, min(l.lexeme_key) AS lexeme_key,
                           min(l.word_class) AS word_class, count(*) AS lexemes
                    FROM entry e
                    JOIN run_entry r ON r.job_instance_id = ? AND r.edition = e.edition AND r.page_id = e.page_id
                        AND r.heading_index = e.heading_index
                    JOIN lexeme l ON regexp_replace(l.lexeme_key, '(\\|[^|]*){3}$', '')
                            = e.lang_code || '|' || normalize(e.word, NFC)
                        AND l.word_class <> 31 AND (e.word_class = 31 OR l.word_class = e.word_class)
                        AND l.lexeme_key <> e.lexeme_key AND l.address IS NOT NULL AND l.status = 'active'
                    WHERE e.lexeme_key IS NOT NULL AND e.status <> 'deprecated'
                    GROUP BY e.edition, e.page_id, e.heading_index
                )
                UPDATE entry e SET lexeme_key = c.lexeme_key, word_class = c.word_class,
                    field = coalesce(o.field, e.field), field_rule = 'the lexeme''s: joined by its lemma', updated_at = now()
                FROM candidate c
                LEFT JOIN LATERAL (SELECT field FROM entry WHERE lexeme_key = c.lexeme_key AND edition <> c.edition
                                   AND status <> 'deprecated' LIMIT 1) o ON true
                WHERE c.lexemes = 1 AND e.edition = c.edition AND e.page_id = c.page_id
                  AND e.heading_index = c.heading_index
                """)) {
            join.setLong(1, jobInstanceId);
            join.executeUpdate();
        }
    }

    /**
     * What an allocation did.
     *
     * @param entriesChanged entries that got an address (or lost a wrong one)
     * @param lockConflicts  classes whose lock another allocator held, so that this one had to wait for it
     */
    public record AllocationResult(int entriesChanged, int lockConflicts) {
    }

    /**
     * Counts the run's view of its edition before it finishes: first the existing entries of its rejected pages
     * are kept (counted as seen, left as they were), then the active entries and those the run did not see: of the
     * whole edition, or of the pages a run of changed pages read ({@code pagesReadOnly}). The planner's statistics are
     * those the allocation, the job's step before, refreshed.
     */
    public RunRow.FinishCounts countUnseen(long jobInstanceId, String edition, TakenLanguages languages,
                                           List<Long> rejectedPageIds, boolean pagesReadOnly) {
        return LocalTransaction.run(dataSource, "counting the entries the run did not see", connection -> {
            long kept;
            try (PreparedStatement keep = connection.prepareStatement("""
                    INSERT INTO run_entry (job_instance_id, edition, page_id, heading_index, kept)
                    SELECT ?, edition, page_id, heading_index, true FROM entry
                    WHERE edition = ? AND page_id = ANY (?) AND status <> 'deprecated'
                      AND (?::text[] IS NULL OR lang_code = ANY (?::text[]))
                    ON CONFLICT DO NOTHING
                    """)) {
                keep.setLong(1, jobInstanceId);
                keep.setString(2, edition);
                keep.setArray(3, connection.createArrayOf("bigint", rejectedPageIds.toArray()));
                setLanguages(connection, keep, 4, languages);
                keep.executeUpdate();
            }
            try (PreparedStatement count = connection.prepareStatement("""
                    SELECT count(*),
                           count(*) FILTER (WHERE r.job_instance_id IS NULL),
                           count(*) FILTER (WHERE r.kept)
                    FROM entry e LEFT JOIN run_entry r ON r.job_instance_id = ? AND r.edition = e.edition
                        AND r.page_id = e.page_id AND r.heading_index = e.heading_index
                    WHERE e.edition = ? AND e.status <> 'deprecated'
                      AND (?::text[] IS NULL OR e.lang_code = ANY (?::text[]))
                      AND """ + READ_BY_RUN + """
                    """)) {
                count.setLong(1, jobInstanceId);
                count.setString(2, edition);
                setLanguages(connection, count, 3, languages);
                count.setBoolean(5, pagesReadOnly);
                count.setLong(6, jobInstanceId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    kept = rs.getLong(3);
                    return new RunRow.FinishCounts(rs.getLong(1), rs.getLong(2), 0, kept);
                }
            }
        });
    }

    /**
     * Ends a run of an edition: when {@code deprecate}, entries it did not see are deprecated (their addresses stay
     * taken), lexemes without any live entry too. The run's bookkeeping is dropped. Returns the entries deprecated.
     */
    public int finishRun(RunRow run, TakenLanguages languages, boolean deprecate, RunRow.FinishCounts counts) {
        long jobInstanceId = run.instanceId();
        String edition = run.edition();
        boolean changedPagesOnly = run.parameters().readsChangedPagesOnly();
        return LocalTransaction.run(dataSource, "finishing the run", connection -> {
            RegistryLog.nameRun(connection, "job " + jobInstanceId);
            int deprecated = 0;
            if (deprecate) {
                try (PreparedStatement entries = connection.prepareStatement("""
                             UPDATE entry e SET status = 'deprecated', updated_at = now()
                             WHERE e.edition = ? AND e.status <> 'deprecated'
                               AND (?::text[] IS NULL OR e.lang_code = ANY (?::text[])) AND NOT EXISTS (
                                 SELECT 1 FROM run_entry r WHERE r.job_instance_id = ? AND r.edition = e.edition
                                   AND r.page_id = e.page_id AND r.heading_index = e.heading_index)
                               AND """ + READ_BY_RUN + """
                             """);
                     PreparedStatement lexemes = connection.prepareStatement("""
                             UPDATE lexeme l SET status = 'deprecated' WHERE status <> 'deprecated' AND NOT EXISTS (
                                 SELECT 1 FROM entry e WHERE e.lexeme_key = l.lexeme_key AND e.status <> 'deprecated')
                             """)) {
                    entries.setString(1, edition);
                    setLanguages(connection, entries, 2, languages);
                    entries.setLong(4, jobInstanceId);
                    entries.setBoolean(5, changedPagesOnly);
                    entries.setLong(6, jobInstanceId);
                    deprecated = entries.executeUpdate();
                    lexemes.executeUpdate();
                }
            }
            if (run.parameters().incremental()) {
                try (PreparedStatement day = connection.prepareStatement(
                        "INSERT INTO incremental_day (edition, day, job_instance_id) VALUES (?, ?, ?)")) {
                    day.setString(1, edition);
                    day.setObject(2, IncrementalDay.of(run.parameters().dump()).day());
                    day.setLong(3, jobInstanceId);
                    day.executeUpdate();
                }
            }
            if (run.parameters().live()) {
                try (PreparedStatement window = connection.prepareStatement(
                        "UPDATE live_window SET applied_at = now() WHERE job_instance_id = ?")) {
                    window.setLong(1, jobInstanceId);
                    window.executeUpdate();
                }
            }
            if (changedPagesOnly) {
                try (PreparedStatement forgetPages = connection.prepareStatement("DELETE FROM run_page WHERE job_instance_id = ?")) {
                    forgetPages.setLong(1, jobInstanceId);
                    forgetPages.executeUpdate();
                }
            }
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM run_entry WHERE job_instance_id = ?");
                 PreparedStatement finished = connection.prepareStatement("""
                         INSERT INTO run_finish (job_instance_id, run_started_at, edition, active_entries, unseen_entries,
                             deprecated, kept_entries)
                         VALUES (?, ?, ?, ?, ?, ?, ?)
                         """)) {
                forget.setLong(1, jobInstanceId);
                forget.executeUpdate();
                finished.setLong(1, jobInstanceId);
                finished.setObject(2, startOf(run));
                finished.setString(3, edition);
                finished.setLong(4, counts.active());
                finished.setLong(5, counts.unseen());
                finished.setInt(6, deprecated);
                finished.setLong(7, counts.kept());
                finished.executeUpdate();
            }
            return deprecated;
        });
    }

    /**
     * What the lexicon recorded when it finished the run ({@link #finishRun}), or empty while it has not: a finish step
     * run again after a crash takes these counts instead of counting anew.
     */
    public Optional<RunRow.FinishCounts> finishedRun(RunRow run) {
        return LocalTransaction.run(dataSource, "reading the run's finish", connection -> {
            try (PreparedStatement finish = connection.prepareStatement("""
                    SELECT active_entries, unseen_entries, deprecated, kept_entries FROM run_finish
                    WHERE job_instance_id = ? AND run_started_at = ?
                    """)) {
                finish.setLong(1, run.instanceId());
                finish.setObject(2, startOf(run));
                try (ResultSet rs = finish.executeQuery()) {
                    return rs.next() ? Optional.of(new RunRow.FinishCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                            : Optional.<RunRow.FinishCounts>empty();
                }
            }
        });
    }

    /** The run's start as PostgreSQL keeps it (microseconds), whether the row was read back or is still as made. */
    private static OffsetDateTime startOf(RunRow run) {
        return OffsetDateTime.ofInstant(run.startedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** Parameters {@code index} and {@code index + 1}: the languages taken as an array, or null for all. */
    private static void setLanguages(Connection connection, PreparedStatement statement, int index, TakenLanguages languages)
            throws SQLException {
        Array codes = languages.codes().isEmpty() ? null
                : connection.createArrayOf("text", languages.codes().get().stream().sorted().toArray());
        statement.setArray(index, codes);
        statement.setArray(index + 1, codes);
    }

    /**
     * Refreshes the planner's statistics: after a first bulk load they describe empty tables, and the anti-joins
     * below then take seconds instead of milliseconds. Of {@code entry} only the columns these statements plan by:
     * sampling its JSON columns would take as long as all the rest (docs/benchmarks.md); autovacuum keeps the rest up
     * to date.
     */
    private void analyze() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement analyze = connection.prepareStatement(
                "ANALYZE entry (edition, page_id, heading_index, lexeme_key, status, address, lang_code), run_entry, lexeme")) {
            analyze.execute();
        } catch (SQLException e) {
            throw new StoreException("analysing the tables", e);
        }
    }
}
