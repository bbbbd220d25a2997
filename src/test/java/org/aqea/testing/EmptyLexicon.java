package org.aqea.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties a test lexicon between tests: its entries, lexemes, runs' rows and followers, and the address registry's log with
 * them (past its append-only triggers, as only a superuser can: a lexicon without its log would make the next
 * allocation of the same addresses look like addresses given to other lexemes).
 */
public final class EmptyLexicon {

    private EmptyLexicon() {
    }

    public static void empty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("TRUNCATE entry_meaning, entry, lexeme, run_entry, run_finish, run_page, incremental_day, live_window, follower, reject, registry_leaf, registry_head");
            statement.execute("SET session_replication_role = DEFAULT");
        }
    }
}
