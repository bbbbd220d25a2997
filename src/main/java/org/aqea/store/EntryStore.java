package org.aqea.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aqea.address.AllocationRequest;
import org.aqea.address.LexemeKey;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;

/**
 * Writes the lexicon: bulk, idempotent upserts (an unchanged entry is not touched), the allocation of pending
 * addresses, and the end of a run (what it did not see is deprecated). The lexicon datasource takes no part in
 * global transactions: every method commits its own local transaction.
 */
@ApplicationScoped
public class EntryStore {

    private static final String UPSERT = """
            INSERT INTO entry (edition, page_id, heading_index, revision_id, word, lang_code, pos, lexeme_key, aqea_domain,
                word_class, field, field_rule, label, description, status, reason, lexical, content_hash, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            ON CONFLICT (edition, page_id, heading_index) DO UPDATE SET
                revision_id = EXCLUDED.revision_id, word = EXCLUDED.word, lang_code = EXCLUDED.lang_code,
                pos = EXCLUDED.pos, aqea_domain = EXCLUDED.aqea_domain, word_class = EXCLUDED.word_class,
                field = EXCLUDED.field, field_rule = EXCLUDED.field_rule, label = EXCLUDED.label,
                description = EXCLUDED.description, lexical = EXCLUDED.lexical, content_hash = EXCLUDED.content_hash,
                lexeme_key = EXCLUDED.lexeme_key,
                address = CASE WHEN entry.lexeme_key IS NOT DISTINCT FROM EXCLUDED.lexeme_key THEN entry.address END,
                status = CASE WHEN entry.lexeme_key IS NOT DISTINCT FROM EXCLUDED.lexeme_key AND entry.status <> 'deprecated'
                              THEN entry.status ELSE EXCLUDED.status END,
                reason = CASE WHEN entry.lexeme_key IS NOT DISTINCT FROM EXCLUDED.lexeme_key AND entry.status <> 'deprecated'
                              THEN entry.reason ELSE EXCLUDED.reason END,
                updated_at = now()
            WHERE entry.content_hash <> EXCLUDED.content_hash OR entry.status = 'deprecated'
            """;

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    /** Upserts the rows and records that the job instance saw them, in one transaction. */
    public void write(long jobInstanceId, String createdBy, List<EntryRow> rows) {
        inTransaction("writing " + rows.size() + " entries", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
                 PreparedStatement seen = connection.prepareStatement("""
                         INSERT INTO run_entry (job_instance_id, edition, page_id, heading_index) VALUES (?, ?, ?, ?)
                         ON CONFLICT DO NOTHING
                         """)) {
                for (EntryRow row : rows) {
                    int i = 0;
                    upsert.setString(++i, row.edition());
                    upsert.setLong(++i, row.pageId());
                    upsert.setInt(++i, row.headingIndex());
                    upsert.setLong(++i, row.revisionId());
                    upsert.setString(++i, row.word());
                    upsert.setString(++i, row.langCode());
                    upsert.setString(++i, row.pos());
                    upsert.setString(++i, row.lexemeKey());
                    if (row.aqeaDomain() == null) {
                        upsert.setNull(++i, Types.SMALLINT);
                    } else {
                        upsert.setInt(++i, row.aqeaDomain());
                    }
                    upsert.setInt(++i, row.wordClass());
                    upsert.setString(++i, row.field());
                    upsert.setString(++i, row.fieldRule());
                    upsert.setString(++i, row.label());
                    upsert.setString(++i, row.description());
                    upsert.setString(++i, row.status());
                    upsert.setString(++i, row.reason());
                    upsert.setString(++i, row.lexicalJson());
                    upsert.setString(++i, row.contentHash());
                    upsert.setString(++i, createdBy);
                    upsert.addBatch();
                    seen.setLong(1, jobInstanceId);
                    seen.setString(2, row.edition());
                    seen.setLong(3, row.pageId());
                    seen.setInt(4, row.headingIndex());
                    seen.addBatch();
                }
                upsert.executeBatch();
                seen.executeBatch();
            }
            return null;
        });
    }

    /**
     * Gives every entry that waits for an address its lexeme's address, allocating new lexemes in the spec's
     * canonical order, all in one transaction.
     */
    public AllocationResult allocatePendingAddresses() {
        analyze();
        return inTransaction("allocating addresses", connection -> {
            List<AllocationRequest> requests = new ArrayList<>();
            try (PreparedStatement pending = connection.prepareStatement("""
                    SELECT DISTINCT lexeme_key, aqea_domain, word_class, field FROM entry
                    WHERE lexeme_key IS NOT NULL AND status <> 'deprecated' AND (address IS NULL OR status = 'draft')
                    """);
                 ResultSet rs = pending.executeQuery()) {
                while (rs.next()) {
                    requests.add(new AllocationRequest(LexemeKey.ofText(rs.getString(1)), rs.getInt(2),
                            WordClass.ofCode(rs.getInt(3)), SemanticField.ofId(rs.getString(4))));
                }
            }
            int conflicts = PostgresAddressRegistry.allocate(connection, requests).lockConflicts();
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE entry e SET address = l.address, reason = l.reason, updated_at = now(),
                        status = CASE WHEN l.address IS NULL THEN 'pending_review' ELSE 'active' END
                    FROM lexeme l
                    WHERE e.lexeme_key = l.lexeme_key AND e.status <> 'deprecated'
                      AND (e.address IS DISTINCT FROM l.address OR e.status = 'draft')
                    """);
                 PreparedStatement reactivate = connection.prepareStatement("""
                    UPDATE lexeme l SET status = 'active' WHERE status = 'deprecated' AND address IS NOT NULL
                      AND EXISTS (SELECT 1 FROM entry e WHERE e.lexeme_key = l.lexeme_key AND e.status = 'active')
                    """)) {
                int changed = update.executeUpdate();
                reactivate.executeUpdate();
                return new AllocationResult(changed, conflicts);
            }
        });
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
     * Ends a complete run of an edition: entries it did not see are deprecated (their addresses stay taken),
     * lexemes without any live entry too. Returns the number of entries deprecated.
     */
    public int finishRun(long jobInstanceId, String edition) {
        analyze();
        return inTransaction("finishing the run", connection -> {
            try (PreparedStatement entries = connection.prepareStatement("""
                         UPDATE entry e SET status = 'deprecated', updated_at = now()
                         WHERE e.edition = ? AND e.status <> 'deprecated' AND NOT EXISTS (
                             SELECT 1 FROM run_entry r WHERE r.job_instance_id = ? AND r.edition = e.edition
                               AND r.page_id = e.page_id AND r.heading_index = e.heading_index)
                         """);
                 PreparedStatement lexemes = connection.prepareStatement("""
                         UPDATE lexeme l SET status = 'deprecated' WHERE status <> 'deprecated' AND NOT EXISTS (
                             SELECT 1 FROM entry e WHERE e.lexeme_key = l.lexeme_key AND e.status <> 'deprecated')
                         """);
                 PreparedStatement forget = connection.prepareStatement("DELETE FROM run_entry WHERE job_instance_id = ?")) {
                entries.setString(1, edition);
                entries.setLong(2, jobInstanceId);
                int deprecated = entries.executeUpdate();
                lexemes.executeUpdate();
                forget.setLong(1, jobInstanceId);
                forget.executeUpdate();
                return deprecated;
            }
        });
    }

    /**
     * Refreshes the planner's statistics: after a first bulk load they describe empty tables, and the anti-joins
     * below then take seconds instead of milliseconds.
     */
    private void analyze() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement analyze =
                connection.prepareStatement("ANALYZE entry, run_entry, lexeme")) {
            analyze.execute();
        } catch (SQLException e) {
            throw new StoreException("analysing the tables", e);
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a local transaction. Rolls back explicitly on failure: the pool may switch auto-commit back
     * on when the connection returns to it, which would commit a half-done batch.
     */
    private <T> T inTransaction(String doing, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        }
    }
}
