package org.aqea.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.LabelKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Label search by {@link LabelKey}: the key is a column of its own in byte order ({@code COLLATE "C"}), so that one
 * plain index serves both a prefix ({@code LIKE 'caf%'}) and the order of the answer, and a search stops after its
 * page instead of sorting every entry of its prefix. It replaces the index on {@code lower(label)}. The keys of the
 * entries already stored are computed here, in Java, by the same code that computes them for every new entry.
 */
public class V20__Entry_label_key extends BaseJavaMigration {

    private static final int BATCH = 10_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE entry ADD COLUMN label_key TEXT COLLATE \"C\"");
            statement.execute("CREATE TEMPORARY TABLE entry_label_keys (label TEXT PRIMARY KEY, label_key TEXT NOT NULL) ON COMMIT DROP");
        }
        try (Statement labels = connection.createStatement();
             PreparedStatement keys = connection.prepareStatement(
                     "INSERT INTO entry_label_keys SELECT * FROM unnest(?::text[], ?::text[])")) {
            labels.setFetchSize(BATCH);
            List<String> batch = new ArrayList<>(BATCH);
            try (ResultSet rows = labels.executeQuery("SELECT DISTINCT label FROM entry")) {
                while (rows.next()) {
                    batch.add(rows.getString(1));
                    if (batch.size() == BATCH) {
                        insert(connection, keys, batch);
                    }
                }
            }
            insert(connection, keys, batch);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE entry e SET label_key = k.label_key FROM entry_label_keys k WHERE e.label = k.label");
            statement.execute("ALTER TABLE entry ALTER COLUMN label_key SET NOT NULL");
            statement.execute("DROP INDEX entry_label");
            statement.execute("CREATE INDEX entry_label_key ON entry (label_key)");
        }
    }

    private static void insert(Connection connection, PreparedStatement keys, List<String> labels) throws Exception {
        if (labels.isEmpty()) {
            return;
        }
        keys.setArray(1, connection.createArrayOf("text", labels.toArray()));
        keys.setArray(2, connection.createArrayOf("text", labels.stream().map(LabelKey::of).toArray()));
        keys.executeUpdate();
        labels.clear();
    }
}
