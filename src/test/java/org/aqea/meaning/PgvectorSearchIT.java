package org.aqea.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.store.Migrations;
import org.aqea.store.lexicon.EntryKey;
import org.aqea.store.lexicon.MeaningStore;
import org.aqea.store.lexicon.MeaningStore.ComputedMeaning;
import org.aqea.store.lexicon.MeaningStore.Neighbour;
import org.aqea.testing.Pglite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Search by meaning where the lexicon's database has pgvector (as on Supabase), on a real PostgreSQL with pgvector
 * ({@link Pglite}): the labelled set of real entries ({@link MeaningTestSet}) stored as the backfill stores it; the
 * store gives the table its vector column and HNSW index; the database's ten nearest agree with an exact search as the
 * README states; a filter by language and class still gives ten of them; a vector stored again is searched at once and
 * a deleted entry's is gone. This machine's PostgreSQL has no pgvector: there the server keeps its own index. Without
 * PGlite ({@code npm ci} in {@code src/test/pgvector}) the first test is skipped, unless {@code AQEA_REQUIRE_PGVECTOR}
 * is set (CI sets it).
 */
class PgvectorSearchIT {

    private static final int K = MeaningSearchQualityTest.K;
    private static final int FILLER = 5_000;

    @TempDir
    Path folder;

    @Test
    void theDatabaseSearchesTheVectorsAsAnExactSearchWould() throws Exception {
        assertTrue(Pglite.installed() || System.getenv("AQEA_REQUIRE_PGVECTOR") == null,
                "PGlite is missing (npm ci in " + Pglite.TOOLS + ")");
        assumeTrue(Pglite.installed(), "PGlite is not installed");
        MeaningTestSet set = MeaningTestSet.of(folder);
        List<float[]> vectors = MeaningModel.shared().embedAll(set.texts());
        try (Pglite database = Pglite.start()) {
            DataSource dataSource = database.dataSource();
            Migrations.apply(dataSource);
            List<EntryKey> keys = storeEntries(dataSource, set.members);
            MeaningStore store = new MeaningStore(dataSource);
            List<ComputedMeaning> computed = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                computed.add(new ComputedMeaning(keys.get(i), set.members.get(i).text(), MeaningModel.NAME, vectors.get(i)));
            }
            store.save(computed, List.of());
            storeFiller(dataSource);
            assertTrue(store.searchesInDatabase());
            assertTrue(store.searchesInDatabase(), "the column and index made by the first call are taken as they are");

            Map<EntryKey, String> memberOf = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                memberOf.put(keys.get(i), set.members.get(i).key());
            }
            // Every fourth entry asks: PostgreSQL in WebAssembly answers slower than a native one.
            double recall = 0;
            int queries = 0;
            for (int i = 0; i < keys.size(); i += 4) {
                queries++;
                EntryKey self = keys.get(i);
                List<String> nearest = store.nearest(vectors.get(i), K + 1, null, null).stream().map(Neighbour::key)
                        .filter(key -> !key.equals(self)).limit(K).map(memberOf::get).toList();
                Set<String> exact = new HashSet<>(set.exactNearest(vectors, i, K));
                recall += nearest.stream().filter(exact::contains).count() / (double) exact.size();
            }
            recall /= queries;
            System.out.printf("pgvector on %d real entries and %d others: recall@%d %.3f against an exact search (%d queries)%n",
                    keys.size(), FILLER, K, recall, queries);
            assertTrue(recall >= MeaningSearchQualityTest.RECALL_FLOOR, "recall@10: " + recall);

            // The rarest language and class with ten entries.
            Map<String, Integer> perLanguageAndClass = new HashMap<>();
            set.members.forEach(member -> perLanguageAndClass.merge(member.entry().langCode() + " " + member.entry().pos(), 1,
                    Integer::sum));
            String rarest = perLanguageAndClass.entrySet().stream().filter(count -> count.getValue() >= K)
                    .min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String lang = rarest.split(" ")[0];
            String pos = rarest.split(" ")[1];
            List<Neighbour> filtered = store.nearest(vectors.get(0), K, lang, pos);
            assertEquals(K, filtered.size(), () -> rarest + ": " + filtered);
            for (Neighbour neighbour : filtered) {
                LexicalEntry entry = set.members.get(keys.indexOf(neighbour.key())).entry();
                assertEquals(rarest, entry.langCode() + " " + entry.pos());
            }

            store.save(List.of(new ComputedMeaning(keys.get(0), "moved", MeaningModel.NAME, vectors.get(1))), List.of());
            // Other entries may share the second one's text, and so its vector.
            assertTrue(store.nearest(vectors.get(1), K, null, null).stream()
                    .anyMatch(hit -> hit.key().equals(keys.get(0)) && hit.similarity() > 0.999), "a vector stored again");
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM entry WHERE page_id = ?")) {
                delete.setLong(1, keys.get(1).pageId());
                delete.executeUpdate();
            }
            assertFalse(store.nearest(vectors.get(1), K, null, null).stream().anyMatch(hit -> hit.key().equals(keys.get(1))),
                    "a deleted entry's vector goes with it");
        }
    }

    @Test
    void aDatabaseWithoutPgvectorLeavesTheSearchToTheServer() throws Exception {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        String database = "aqea_pgvector_it";
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
            try {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(server + database);
                dataSource.setUser("postgres");
                Migrations.apply(dataSource);
                assertFalse(new MeaningStore(dataSource).searchesInDatabase());
                try (Connection migrated = dataSource.getConnection();
                     ResultSet column = migrated.getMetaData().getColumns(null, "public", "entry_meaning", "embedding")) {
                    assertFalse(column.next(), "no vector column");
                }
            } finally {
                statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
    }

    /**
     * Entries of a language of their own whose vectors point anywhere (random unit vectors, far from every meaning):
     * a table the planner searches through its index, where a filter drops most of what the index scan meets.
     */
    private static void storeFiller(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO entry (edition, page_id, heading_index, revision_id, word, lang_code, pos,"
                    + " word_class, field, field_rule, label, label_key, description, status, lexical, content_hash,"
                    + " created_by) SELECT 'de', page, 0, 1, 'filler', 'zz', 'noun', 1, 'general', 'default', 'filler',"
                    + " 'filler', 'filler', 'draft', '{}', 'hash', 'test' FROM generate_series(100001, 100000 + " + FILLER
                    + ") page");
            statement.execute("INSERT INTO entry_meaning (edition, page_id, heading_index, meaning_text, model, vector)"
                    + " SELECT 'de', page, 0, 'filler', 'random', (SELECT l2_normalize(array_agg(random() * 2 - 1)::vector)"
                    + "::real[] FROM generate_series(1, " + MeaningModel.DIMENSIONS + ") WHERE page > 0) FROM generate_series(100001,"
                    + " 100000 + " + FILLER + ") page");
            statement.execute("ANALYZE entry");
            statement.execute("ANALYZE entry_meaning");
        }
    }

    /** An entry row for each member (its edition, a page of its own), as the writer stores it. */
    private static List<EntryKey> storeEntries(DataSource dataSource, List<MeaningTestSet.Member> members) throws Exception {
        List<EntryKey> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (edition, page_id, heading_index,"
                     + " revision_id, word, lang_code, pos, word_class, field, field_rule, label, label_key, description,"
                     + " status, lexical, content_hash, created_by) VALUES (?, ?, 0, 1, ?, ?, ?, 1, 'general', 'default',"
                     + " ?, ?, ?, 'draft', '{}', 'hash', 'test')")) {
            for (int i = 0; i < members.size(); i++) {
                MeaningTestSet.Member member = members.get(i);
                EntryKey key = new EntryKey(member.key().split("/")[0], i + 1, 0);
                String word = member.entry().word();
                insert.setString(1, key.edition());
                insert.setLong(2, key.pageId());
                insert.setString(3, word);
                insert.setString(4, member.entry().langCode());
                insert.setString(5, member.entry().pos());
                insert.setString(6, word.length() > 64 ? word.substring(0, 64) : word);
                insert.setString(7, word.toLowerCase());
                insert.setString(8, word);
                insert.addBatch();
                keys.add(key);
            }
            insert.executeBatch();
        }
        return keys;
    }
}
