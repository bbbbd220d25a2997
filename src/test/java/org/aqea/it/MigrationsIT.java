package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.aqea.testing.Secrets;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.aqea.store.lexicon.LexiconWriter;
import org.aqea.store.Migrations;

/**
 * The migrations on both PostgreSQL servers the tests have, each in a database of its own that the test drops: this
 * machine's (127.0.0.1:5432, which CI starts; Debian's build, with lz4) and the embedded one (without lz4). An entry's
 * JSON takes lz4 where the server has it and the default elsewhere; the writer's lookups search the keys made for them.
 */
class MigrationsIT {

    private static final String MACHINE = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "aqea_migrations_it";

    @Test
    void anEntrysJsonIsCompressedWithLz4WhereTheServerHasIt() throws Exception {
        onNewDatabase(MACHINE, migrated -> {
            assertEquals("lz4", compression(migrated, "lexical"));
            assertEquals("lz4", compression(migrated, "quality_flags"));
        });
        String embedded = System.getenv("AQEA_DB_URL");
        onNewDatabase(embedded.substring(0, embedded.lastIndexOf('/') + 1),
                migrated -> assertEquals("default", compression(migrated, "lexical"), "the embedded server has no lz4"));
    }

    /**
     * The statistics of {@code run_entry} never know a run that has just begun; the writer's lookup of a chunk's pages
     * must still search the key by page, not read every row the run has recorded so far.
     */
    @Test
    void aChunksLookupOfItsRunsRecordReadsOnlyItsPages() throws Exception {
        onNewDatabase(MACHINE, migrated -> {
            try (Statement statement = migrated.createStatement()) {
                statement.execute("INSERT INTO run_entry (job_instance_id, edition, page_id, heading_index)"
                        + " SELECT 1, 'de', page, 0 FROM generate_series(1, 20000) page");
                statement.execute("ANALYZE run_entry");
                statement.execute("INSERT INTO run_entry (job_instance_id, edition, page_id, heading_index)"
                        + " SELECT 2, 'en', page, 0 FROM generate_series(1, 20000) page");
            }
            try (PreparedStatement explain = migrated.prepareStatement("EXPLAIN SELECT * FROM run_entry"
                    + " WHERE job_instance_id = 2 AND edition = 'en' AND page_id IN (" + "17, ".repeat(99) + "18)")) {
                String plan = plan(explain);
                assertTrue(plan.matches("(?s).*Index Cond: \\(\\(page_id = ANY.*"), plan);
            }
        });
    }

    /**
     * The same for the chunk's stored entries when the statistics know only other editions: the first run of an
     * edition on a lexicon of others.
     */
    @Test
    void aChunksLookupOfStoredEntriesSearchesByPageInAnEditionNewToTheStatistics() throws Exception {
        onNewDatabase(MACHINE, migrated -> {
            try (Statement statement = migrated.createStatement()) {
                statement.execute(entries("de"));
                statement.execute("ANALYZE entry");
                statement.execute(entries("en"));
            }
            try (PreparedStatement explain = migrated.prepareStatement("EXPLAIN " + LexiconWriter.STORED_ENTRIES)) {
                explain.setArray(1, migrated.createArrayOf("bigint", new Long[] {17L, 18L, 19L}));
                explain.setString(2, "en");
                String plan = plan(explain);
                assertTrue(plan.contains("Index Cond: (((edition)::text = 'en'::text) AND (page_id = page.id))"), plan);
            }
        });
    }

    /**
     * The label keys of a lexicon's entries from before them are computed when the server migrates it, by the code
     * that keys every new entry; a label search in key order reads the key's index and stops after its page.
     */
    @Test
    void theLabelKeysOfStoredEntriesAreComputedByTheMigration() throws Exception {
        onNewDatabase(MACHINE, "19", stored -> {
            try (Statement statement = stored.createStatement()) {
                statement.execute("INSERT INTO entry (edition, page_id, heading_index, revision_id, word, pos, word_class,"
                        + " field, field_rule, label, description, status, lexical, content_hash, created_by)"
                        + " SELECT 'de', page, 0, 1, label, 'noun', 1, 'general', 'default', label, label, 'draft', '{}',"
                        + " 'hash', 'test' FROM (SELECT page, 'Wort' || page AS label FROM generate_series(1, 20000) page"
                        + " UNION ALL VALUES (-1, 'Straße'), (-2, 'Café'), (-3, 'ΆΛΦΑ'), (-4, 'Café')) AS labels (page, label)");
            }
        }, migrated -> {
            Map<String, String> keys = new HashMap<>();
            try (Statement statement = migrated.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT label, label_key FROM entry WHERE page_id < 0")) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
            assertEquals(Map.of("Straße", "strasse", "Café", "cafe", "ΆΛΦΑ", "αλφα"), keys);
            assertEquals(20_004, count(migrated, "SELECT count(*) FROM entry WHERE label_key = lower(label) OR page_id < 0"));
            try (Statement statement = migrated.createStatement()) {
                statement.execute("ANALYZE entry");
            }
            try (PreparedStatement explain = migrated.prepareStatement("EXPLAIN SELECT * FROM entry WHERE label_key"
                    + " LIKE 'wort1%' ORDER BY label_key, lang_code, page_id, heading_index LIMIT 50")) {
                String plan = plan(explain);
                assertTrue(plan.contains("Index Scan using entry_label_key") && plan.contains("Presorted Key: label_key"),
                        plan);
            }
        });
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The plan PostgreSQL makes for the statement (an EXPLAIN with its parameters set), a line a node. */
    private static String plan(PreparedStatement explain) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet lines = explain.executeQuery()) {
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** 20,000 entries of the edition, one a page, as the writer stores them. */
    private static String entries(String edition) {
        return "INSERT INTO entry (edition, page_id, heading_index, revision_id, word, pos, word_class, field, field_rule,"
                + " label, label_key, description, status, lexical, content_hash, created_by) SELECT '" + edition + "', page,"
                + " 0, 1, 'Wort' || page, 'noun', 1, 'general', 'default', 'Wort', 'wort', 'Wort', 'draft', '{}', 'hash', 'test'"
                + " FROM generate_series(1, 20000) page";
    }

    /** Runs the check on a new database of the server with every migration applied, dropped after. */
    private static void onNewDatabase(String server, MigratedCheck check) throws Exception {
        onNewDatabase(server, "latest", stored -> { }, check);
    }

    /**
     * Runs the check on a new database of the server, dropped after: migrated up to version {@code before}, given
     * what {@code stored} writes, then migrated to the end.
     */
    private static void onNewDatabase(String server, String before, MigratedCheck stored, MigratedCheck check)
            throws Exception {
        String password = server.equals(MACHINE) ? "" : Secrets.value("AQEA_DB_PASSWORD");
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
            try {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(server + DATABASE);
                dataSource.setUser("postgres");
                dataSource.setPassword(password);
                Migrations.configure(dataSource).target(before).load().migrate();
                try (Connection earlier = dataSource.getConnection()) {
                    stored.on(earlier);
                }
                Migrations.apply(dataSource);
                try (Connection migrated = dataSource.getConnection()) {
                    check.on(migrated);
                }
            } finally {
                statement.execute("DROP DATABASE " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    private interface MigratedCheck {
        void on(Connection migrated) throws Exception;
    }

    private static String compression(Connection connection, String column) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT attcompression FROM pg_attribute"
                     + " WHERE attrelid = 'public.entry'::regclass AND attname = '" + column + "'")) {
            row.next();
            String method = row.getString(1);
            return method == null || method.isEmpty() || method.charAt(0) == 0 ? "default" : method.equals("l") ? "lz4" : method;
        }
    }
}
