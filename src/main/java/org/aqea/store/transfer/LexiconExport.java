package org.aqea.store.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aqea.address.AqeaAddress;
import org.aqea.address.AqeaEntry;
import org.aqea.address.Domains;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;
import org.aqea.quality.EntryValidator;
import org.aqea.quality.QualityJson;
import org.aqea.store.StoreException;

/**
 * The stored lexicon, entry by entry, in page order, read through a database cursor: an export of any size holds
 * one fetch of rows in memory, never the lexicon.
 */
@ApplicationScoped
public class LexiconExport {

    static final int FETCH_SIZE = 1000;

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    /** Which entries to export; a null member takes all. */
    public record Filter(String edition, String lang, String status) {
    }

    public interface EntryConsumer {
        /** @param quality the stored validation as the {@code quality} object of a line */
        void accept(LexicalEntry entry, AqeaEntry aqea, JsonNode quality) throws IOException;
    }

    /** @return the number of entries given to the consumer */
    public long forEach(Filter filter, EntryConsumer consumer) throws IOException {
        StringBuilder sql = new StringBuilder("SELECT lexical, address, reason, label, description, lang_code, status, "
                + "field, field_rule, quality_score, quality_flags FROM entry WHERE true");
        List<String> values = new ArrayList<>();
        for (String[] condition : new String[][] {{"edition", filter.edition()}, {"lang_code", filter.lang()}, {"status", filter.status()}}) {
            if (condition[1] != null) {
                sql.append(" AND ").append(condition[0]).append(" = ?");
                values.add(condition[1]);
            }
        }
        sql.append(" ORDER BY edition, page_id, heading_index");
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams with a cursor only inside a transaction.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < values.size(); i++) {
                    statement.setString(i + 1, values.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        LexicalEntry entry = lexical(rows.getString(1));
                        consumer.accept(entry, aqea(rows), quality(rows, entry));
                        count++;
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StoreException("exporting the lexicon", e);
        }
        return count;
    }

    /** The AQEA data as the converter gives it: the domain of every entry by its language, addressed or not. */
    private static AqeaEntry aqea(ResultSet row) throws SQLException {
        int address = row.getInt(2);
        String addressText = row.wasNull() ? null : new AqeaAddress(address).toString();
        String langCode = row.getString(6);
        return new AqeaEntry(addressText, row.getString(3), row.getString(4), row.getString(5),
                Domains.hexOf(langCode).orElse(null), langCode,
                row.getString(7), row.getString(8), row.getString(9));
    }

    /** The stored validation; an entry stored before the validation existed is validated now, on its own. */
    private static JsonNode quality(ResultSet row, LexicalEntry entry) throws SQLException {
        int score = row.getInt(10);
        return row.wasNull() ? QualityJson.of(EntryValidator.check(entry)) : QualityJson.ofStored(score, row.getString(11));
    }

    /** The stored JSON (jsonb keeps no key order) read back into the entry, so that it is written in the model's order. */
    private static LexicalEntry lexical(String json) {
        try {
            return LexiconJson.MAPPER.readValue(json, LexicalEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored entry is not a lexical entry: " + e.getOriginalMessage(), e);
        }
    }
}
