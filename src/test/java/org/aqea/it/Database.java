package org.aqea.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.aqea.testing.EmptyLexicon;

/** Direct reads of the test database, to compare what the server stored. */
final class Database {

    private Database() {
    }

    /** The digest of every stored entry: identity, address, status and content. */
    static final String ENTRY_DIGEST = """
            SELECT count(*) || ':' || coalesce(md5(string_agg(edition || page_id || ':' || heading_index || ':'
                || coalesce(address::text, '-') || ':' || status || ':' || content_hash, ',' ORDER BY edition, page_id, heading_index)), '')
            FROM entry""";

    /**
     * The digest of every stored entry without its address's value: identity, status, content, lexeme, and whether it
     * has an address. Runs that add the same lexemes in another order give them other addresses; {@link
     * #lexemeAddresses} compares those that must stay.
     */
    static final String CONTENT_DIGEST = """
            SELECT count(*) || ':' || md5(string_agg(edition || page_id || ':' || heading_index || ':' || status || ':'
                || content_hash || ':' || coalesce(lexeme_key, '-') || ':' || (address IS NULL), ','
                ORDER BY edition, page_id, heading_index))
            FROM entry""";

    /** The digest of the address registry: every lexeme with its address, block choice, field and status. */
    static final String LEXEME_DIGEST = """
            SELECT count(*) || ':' || coalesce(md5(string_agg(lexeme_key || ':' || coalesce(address::text, '-') || ':'
                || overflowed || ':' || field || ':' || status, ',' ORDER BY lexeme_key)), '')
            FROM lexeme""";

    static Connection connect() throws SQLException {
        return connectTo(System.getenv("AQEA_DB_URL"));
    }

    /** The test database's URL with another database name. */
    static String urlOf(String database) {
        String url = System.getenv("AQEA_DB_URL");
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    static Connection connectTo(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("AQEA_DB_USER", "postgres"),
                ApiClient.secret("AQEA_DB_PASSWORD"));
    }

    static String entryDigest() throws SQLException {
        return single(ENTRY_DIGEST);
    }

    /** Every lexeme's address (null while it has none), by lexeme key. */
    static Map<String, Integer> lexemeAddresses() throws SQLException {
        Map<String, Integer> addresses = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT lexeme_key, address FROM lexeme")) {
            while (rs.next()) {
                addresses.put(rs.getString(1), (Integer) rs.getObject(2));
            }
        }
        return addresses;
    }

    /** The latest change of any entry. */
    static String lastUpdate() throws SQLException {
        return single("SELECT coalesce(max(updated_at)::text, '') FROM entry");
    }

    static void clear() throws SQLException {
        try (Connection connection = connect()) {
            EmptyLexicon.empty(connection);
        }
    }

    /** Address (or null) by {@code word|lang|pos|heading_index} of every stored entry that is not deprecated. */
    static Map<String, String> addressesByEntry() throws SQLException {
        Map<String, String> addresses = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT word, lang_code, pos, heading_index, address FROM entry WHERE status <> 'deprecated'")) {
            while (rs.next()) {
                int address = rs.getInt(5);
                String text = rs.wasNull() ? null : new org.aqea.address.AqeaAddress(address).toString();
                addresses.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4), text);
            }
        }
        return addresses;
    }

    static long count(String sql) throws SQLException {
        return Long.parseLong(single(sql));
    }

    static String single(String sql) throws SQLException {
        try (Connection connection = connect()) {
            return single(connection, sql);
        }
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
