package org.aqea.store;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.aqea.address.BlockCapacity;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;

/** Reading entries, statistics and the capacity of the address space. */
@ApplicationScoped
public class EntryQueries {

    private static final String COLUMNS = """
            e.edition, e.page_id, e.heading_index, e.revision_id, e.word, e.lang_code, e.pos, e.lexeme_key, e.aqea_domain,
            e.field, e.field_rule, e.address, e.label, e.description, e.status, e.reason, e.lexical::text, e.created_at,
            e.updated_at, e.created_by, l.overflowed
            """;

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    /** A stored entry with its AQEA data and the extracted lexical entry. */
    public record StoredEntry(String address, String reason, String label, String description, String domain,
                              String langUi, String status, String field, String fieldRule, boolean overflowed,
                              String word, String pos, String lexemeKey, Map<String, Object> source,
                              LexicalEntry lexical, String createdAt, String updatedAt, String createdBy) {
    }

    public StoredEntry byAddress(AqeaAddress address) {
        List<StoredEntry> found = query("SELECT " + COLUMNS + " FROM entry e LEFT JOIN lexeme l ON l.lexeme_key = e.lexeme_key "
                + "WHERE e.address = ? ORDER BY e.status = 'deprecated', e.updated_at DESC LIMIT 1", address.value());
        return found.isEmpty() ? null : found.get(0);
    }

    /** Entries by label prefix (case-insensitive), language, class and field; any filter may be null. */
    public List<StoredEntry> search(String labelPrefix, String lang, String pos, String field, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM entry e LEFT JOIN lexeme l ON l.lexeme_key = e.lexeme_key WHERE true");
        List<Object> values = new ArrayList<>();
        if (labelPrefix != null && !labelPrefix.isBlank()) {
            sql.append(" AND lower(e.label) LIKE ?");
            values.add(labelPrefix.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (lang != null && !lang.isBlank()) {
            sql.append(" AND e.lang_code = ?");
            values.add(lang);
        }
        if (pos != null && !pos.isBlank()) {
            sql.append(" AND e.pos = ?");
            values.add(pos);
        }
        if (field != null && !field.isBlank()) {
            sql.append(" AND e.field = ?");
            values.add(field);
        }
        sql.append(" ORDER BY lower(e.label), e.lang_code, e.page_id, e.heading_index OFFSET ? LIMIT ?");
        values.add(offset);
        values.add(limit);
        return query(sql.toString(), values.toArray());
    }

    /** Addresses of entries by language and lemma, for relations. */
    public Map<String, String> addressesOfLemmas(List<String[]> langAndLemma) {
        Map<String, String> found = new LinkedHashMap<>();
        if (langAndLemma.isEmpty()) {
            return found;
        }
        String sql = "SELECT lang_code, word, address FROM entry WHERE address IS NOT NULL AND status <> 'deprecated' "
                + "AND (lang_code, word) IN (SELECT * FROM unnest(?::text[], ?::text[])) ORDER BY heading_index";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, connection.createArrayOf("text", langAndLemma.stream().map(p -> p[0]).toArray()));
            select.setArray(2, connection.createArrayOf("text", langAndLemma.stream().map(p -> p[1]).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.putIfAbsent(rs.getString(1) + "|" + rs.getString(2), new AqeaAddress(rs.getInt(3)).toString());
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("resolving relations", e);
        }
    }

    /** Entries per language and part of speech (deprecated ones not counted). */
    public Map<String, Map<String, Long>> countsByLanguageAndPos() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        forRows("SELECT coalesce(lang_code, '?'), pos, count(*) FROM entry WHERE status <> 'deprecated' GROUP BY 1, 2 ORDER BY 1, 2",
                rs -> counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3)));
        return counts;
    }

    /** Entries per semantic field (deprecated ones not counted). */
    public Map<String, Long> countsByField() {
        Map<String, Long> counts = new LinkedHashMap<>();
        forRows("SELECT field, count(*) FROM entry WHERE status <> 'deprecated' GROUP BY 1 ORDER BY 2 DESC",
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** Entries per status. */
    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        forRows("SELECT status, count(*) FROM entry GROUP BY 1 ORDER BY 1", rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    public List<BlockCapacity> capacity() {
        try (Connection connection = dataSource.getConnection()) {
            return PostgresAddressRegistry.capacity(connection);
        } catch (SQLException e) {
            throw new StoreException("reading the address capacity", e);
        }
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void forRows(String sql, RowHandler handler) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                handler.handle(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("reading statistics", e);
        }
    }

    private List<StoredEntry> query(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<StoredEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(toEntry(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("reading entries", e);
        }
    }

    private static StoredEntry toEntry(ResultSet rs) throws SQLException {
        int address = rs.getInt("address");
        String addressText = rs.wasNull() ? null : new AqeaAddress(address).toString();
        int domain = rs.getInt("aqea_domain");
        String domainText = rs.wasNull() ? null : String.format("0x%02X", domain);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("edition", rs.getString("edition"));
        source.put("pageId", rs.getLong("page_id"));
        source.put("revisionId", rs.getLong("revision_id"));
        source.put("headingIndex", rs.getInt("heading_index"));
        LexicalEntry lexical;
        try {
            lexical = LexiconJson.MAPPER.readValue(rs.getString(17), LexicalEntry.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored lexical data is not JSON", e);
        }
        return new StoredEntry(addressText, rs.getString("reason"), rs.getString("label"), rs.getString("description"),
                domainText, rs.getString("lang_code"), rs.getString("status"), rs.getString("field"),
                rs.getString("field_rule"), rs.getBoolean("overflowed"), rs.getString("word"), rs.getString("pos"),
                rs.getString("lexeme_key"), source, lexical, rs.getTimestamp("created_at").toInstant().toString(),
                rs.getTimestamp("updated_at").toInstant().toString(), rs.getString("created_by"));
    }
}
