package org.aqea.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Direct reads of the test database, to compare what the server stored. */
final class Database {

    private Database() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("AQEA_DB_URL"),
                System.getenv().getOrDefault("AQEA_DB_USER", "postgres"), ApiClient.secret("AQEA_DB_PASSWORD"));
    }

    /** A digest over every stored entry: identity, address, status and content. */
    static String entryDigest() throws SQLException {
        return single("""
                SELECT count(*) || ':' || coalesce(md5(string_agg(edition || page_id || ':' || heading_index || ':'
                    || coalesce(address::text, '-') || ':' || status || ':' || content_hash, ',' ORDER BY edition, page_id, heading_index)), '')
                FROM entry""");
    }

    /** The latest change of any entry. */
    static String lastUpdate() throws SQLException {
        return single("SELECT coalesce(max(updated_at)::text, '') FROM entry");
    }

    static void clear() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE entry, lexeme, run_entry, reject");
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

    private static String single(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
