package org.aqea.store.lexicon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.aqea.address.AqeaAddress;
import org.aqea.quality.QualityJson;
import org.aqea.store.StoreException;

/**
 * The validation of the entries a run saw (its job instance's {@code run_entry} rows), summed up: counts per rule,
 * per language and part of speech, the score distribution and the worst entries. Computed in the database while the
 * run has its record of the entries; the finished run keeps the report as JSON in its row.
 */
@ApplicationScoped
public class QualityReports {

    static final int WORST = 20;

    /**
     * The run's entries with the columns the report reads, gathered once into a table of the transaction: each of the
     * report's queries over the join itself took as long as the gathering (docs/benchmarks.md has the numbers).
     */
    private static final String GATHER = """
            CREATE TEMPORARY TABLE run_report ON COMMIT DROP AS
            SELECT e.edition, e.page_id, e.heading_index, e.word, e.lang_code, e.pos, e.lexeme_key, e.address,
                   e.quality_score, e.quality_flags
            FROM run_entry r JOIN entry e
                ON e.edition = r.edition AND e.page_id = r.page_id AND e.heading_index = r.heading_index
            WHERE r.job_instance_id = ?
            """;

    /** The report as the API writes it (members in camelCase). */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    /**
     * @param inOtherEditions entries whose lexeme another edition (or source) has too: one address, reported, not
     *                        merged
     */
    public record Report(long entries, long flagged, long unchecked, Double meanScore, long inOtherEditions,
                         Map<String, Long> byRule,
                         List<LanguageAndPos> byLanguageAndPos, Map<String, Long> scores, List<Worst> worst) {
    }

    public record LanguageAndPos(String lang, String pos, long entries, long flagged, double meanScore) {
    }

    public record Worst(String word, String lang, String pos, String address, int score,
                        List<Map<String, String>> flags, Map<String, Object> source) {
    }

    public Report of(long jobInstanceId) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement gather = connection.prepareStatement(GATHER)) {
                gather.setLong(1, jobInstanceId);
                gather.execute();
            }
            Report report = read(connection);
            connection.commit();
            return report;
        } catch (SQLException e) {
            throw new StoreException("reading the quality of run " + jobInstanceId, e);
        }
    }

    private static Report read(Connection connection) throws SQLException {
        long entries;
        long flagged;
        long unchecked;
        Double mean;
        try (ResultSet rs = query(connection, """
                SELECT count(*), count(*) FILTER (WHERE jsonb_array_length(quality_flags) > 0),
                       count(*) FILTER (WHERE quality_score IS NULL),
                       avg(quality_score) FROM run_report""")) {
            rs.next();
            entries = rs.getLong(1);
            flagged = rs.getLong(2);
            unchecked = rs.getLong(3);
            double average = rs.getDouble(4);
            mean = rs.wasNull() ? null : Math.round(average * 10) / 10.0;
        }
        long inOtherEditions;
        try (ResultSet rs = query(connection, """
                SELECT count(*) FROM run_report WHERE lexeme_key IS NOT NULL AND EXISTS
                    (SELECT 1 FROM entry other
                     WHERE other.lexeme_key = run_report.lexeme_key AND other.edition <> run_report.edition)""")) {
            rs.next();
            inOtherEditions = rs.getLong(1);
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        try (ResultSet rs = query(connection, """
                SELECT rule, count(*) FROM (SELECT DISTINCT edition, page_id, heading_index, f->>'rule' AS rule
                                            FROM run_report, jsonb_array_elements(quality_flags) f) flagged
                GROUP BY rule ORDER BY 2 DESC, 1""")) {
            while (rs.next()) {
                byRule.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<LanguageAndPos> byLanguageAndPos = new ArrayList<>();
        try (ResultSet rs = query(connection, """
                SELECT coalesce(lang_code, '?'), pos, count(*),
                       count(*) FILTER (WHERE jsonb_array_length(quality_flags) > 0),
                       coalesce(avg(quality_score), 100) FROM run_report
                GROUP BY 1, 2 ORDER BY 4 DESC, 3 DESC, 1, 2 LIMIT 50""")) {
            while (rs.next()) {
                byLanguageAndPos.add(new LanguageAndPos(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        Math.round(rs.getDouble(5) * 10) / 10.0));
            }
        }
        Map<String, Long> scores = new LinkedHashMap<>();
        try (ResultSet rs = query(connection, """
                SELECT CASE WHEN quality_score = 100 THEN '100' ELSE (quality_score / 10 * 10) || '-'
                            || (quality_score / 10 * 10 + 9) END, count(*)
                FROM run_report WHERE quality_score IS NOT NULL
                GROUP BY 1, quality_score / 10 ORDER BY quality_score / 10 DESC""")) {
            while (rs.next()) {
                scores.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
        List<Worst> worst = new ArrayList<>();
        try (ResultSet rs = query(connection, """
                SELECT word, lang_code, pos, address, quality_score, quality_flags, edition, page_id, heading_index
                FROM run_report WHERE jsonb_array_length(quality_flags) > 0
                ORDER BY quality_score, word, page_id, heading_index""" + " LIMIT " + WORST)) {
            while (rs.next()) {
                int address = rs.getInt(4);
                String addressText = rs.wasNull() ? null : new AqeaAddress(address).toString();
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("edition", rs.getString(7));
                source.put("pageId", rs.getLong(8));
                source.put("headingIndex", rs.getInt(9));
                worst.add(new Worst(rs.getString(1), rs.getString(2), rs.getString(3), addressText, rs.getInt(5),
                        QualityJson.parseFlags(rs.getString(6)), source));
            }
        }
        return new Report(entries, flagged, unchecked, mean, inOtherEditions, byRule, byLanguageAndPos, scores,
                worst);
    }

    public static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a quality report is plain data: " + e.getOriginalMessage(), e);
        }
    }

    private static ResultSet query(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
