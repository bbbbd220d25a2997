package org.aqea.store.lexicon;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.aqea.address.AqeaAddress;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;
import org.aqea.meaning.MeaningModel;
import org.aqea.store.StoreException;

/**
 * The entries' meaning texts and vectors ({@code entry_meaning}): what the meaning-backfill job reads and writes, and
 * what the server's index of meanings is loaded from. Plain JDBC on the lexicon's data source: the vectors are
 * PostgreSQL arrays, which JPA does not map.
 * <p>
 * Where the lexicon's database has pgvector (0.8 or newer; Supabase has it), the database searches the vectors
 * itself: {@link #searchesInDatabase} gives {@code entry_meaning} a {@code vector} column computed from the stored
 * array and an HNSW index on it, and {@link #nearest} asks it. The arrays stay what the backfill writes, so the
 * lexicon is the same with or without the extension.
 */
@ApplicationScoped
public class MeaningStore {

    /** The pgvector release whose HNSW scans go on past rows a filter drops ({@code hnsw.iterative_scan}). */
    static final String PGVECTOR_SINCE = "0.8";

    /** A stored vector with its entry's language and class, as {@link #storedMeaning} reads it. */
    private static final String STORED_MEANING = "SELECT m.edition, m.page_id, m.heading_index, e.lang_code, e.pos,"
            + " m.vector, m.updated_at FROM entry_meaning m JOIN entry e USING (edition, page_id, heading_index)";

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    public MeaningStore() {
    }

    /** A store on a data source of one's own, outside the server (tests, tools). */
    public MeaningStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An entry as the backfill reads it, with the text and model its stored vector was computed from (or none). */
    public record EntryToEmbed(EntryKey key, LexicalEntry entry, String storedText, String storedModel) {
    }

    /** A vector computed for an entry's meaning text. */
    public record ComputedMeaning(EntryKey key, String text, String model, float[] vector) {
    }

    /** A stored vector, as the index takes it. */
    public record StoredMeaning(EntryKey key, String lang, String pos, float[] vector, Instant updatedAt) {
    }

    /**
     * Live entries after {@code after} (null: from the first) in key order, at most {@code limit}: of the whole
     * lexicon, or those a run has read so far ({@code run_entry} of job instance {@code run}) when {@code run} is given.
     */
    public List<EntryToEmbed> entriesAfter(EntryKey after, int limit, Long run) {
        String sql = "SELECT e.edition, e.page_id, e.heading_index, e.lexical::text, m.meaning_text, m.model FROM entry e"
                + (run == null ? "" : " JOIN run_entry r ON r.job_instance_id = ? AND r.edition = e.edition"
                + " AND r.page_id = e.page_id AND r.heading_index = e.heading_index")
                + " LEFT JOIN entry_meaning m ON m.edition = e.edition AND m.page_id = e.page_id"
                + " AND m.heading_index = e.heading_index WHERE e.status <> 'deprecated'"
                + (after == null ? "" : " AND (e.edition, e.page_id, e.heading_index) > (?, ?, ?)")
                + " ORDER BY e.edition, e.page_id, e.heading_index LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (run != null) {
                statement.setLong(parameter++, run);
            }
            if (after != null) {
                setKey(statement, parameter, after);
                parameter += 3;
            }
            statement.setInt(parameter, limit);
            List<EntryToEmbed> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    EntryKey key = new EntryKey(rows.getString(1), rows.getLong(2), rows.getInt(3));
                    LexicalEntry entry = LexiconJson.MAPPER.readValue(rows.getString(4), LexicalEntry.class);
                    entries.add(new EntryToEmbed(key, entry, rows.getString(5), rows.getString(6)));
                }
            }
            return entries;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("reading entries to embed", e);
        }
    }

    /** Stores the vectors, replacing earlier ones, and forgets the meanings of entries whose text vanished. */
    public void save(List<ComputedMeaning> computed, List<EntryKey> vanished) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO entry_meaning (edition, page_id,"
                    + " heading_index, meaning_text, model, vector) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (edition, page_id,"
                    + " heading_index) DO UPDATE SET meaning_text = excluded.meaning_text, model = excluded.model,"
                    + " vector = excluded.vector, updated_at = clock_timestamp()");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM entry_meaning WHERE edition = ?"
                         + " AND page_id = ? AND heading_index = ?")) {
                for (ComputedMeaning meaning : computed) {
                    setKey(upsert, 1, meaning.key());
                    upsert.setString(4, meaning.text());
                    upsert.setString(5, meaning.model());
                    Float[] boxed = new Float[meaning.vector().length];
                    for (int i = 0; i < boxed.length; i++) {
                        boxed[i] = meaning.vector()[i];
                    }
                    upsert.setArray(6, connection.createArrayOf("real", boxed));
                    upsert.addBatch();
                }
                for (EntryKey key : vanished) {
                    setKey(delete, 1, key);
                    delete.addBatch();
                }
                upsert.executeBatch();
                delete.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("storing meaning vectors", e);
        }
    }

    /** How many entries have a stored vector. */
    public long count() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM entry_meaning");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("counting meaning vectors", e);
        }
    }

    /** The newest change of a stored vector, or empty when none is stored. */
    public Optional<Instant> lastChange() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT max(updated_at) FROM entry_meaning");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp last = rows.getTimestamp(1);
            return last == null ? Optional.empty() : Optional.of(last.toInstant());
        } catch (SQLException e) {
            throw new StoreException("reading the last change of the meaning vectors", e);
        }
    }

    /** The vectors stored or changed after {@code since} (all when null), streamed to {@code each}. */
    public void changedAfter(Instant since, Consumer<StoredMeaning> each) {
        String sql = STORED_MEANING + (since == null ? "" : " WHERE m.updated_at > ?");
        try (Connection connection = dataSource.getConnection()) {
            // A cursor, so that a large lexicon's vectors are not all in memory at once.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(2000);
                if (since != null) {
                    statement.setTimestamp(1, Timestamp.from(since));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(storedMeaning(rows));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("reading meaning vectors", e);
        }
    }

    /** The stored vector of the first live entry at an address that has one. */
    public Optional<StoredMeaning> atAddress(int address) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(STORED_MEANING + " WHERE e.address = ?"
                     + " AND e.status <> 'deprecated' ORDER BY m.edition, m.page_id, m.heading_index LIMIT 1")) {
            statement.setInt(1, address);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(storedMeaning(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the meaning vector at an address", e);
        }
    }

    /** An entry whose vector is near a query's, with the cosine of the two. */
    public record Neighbour(EntryKey key, double similarity) {
    }

    /**
     * Whether the lexicon's database searches the vectors itself: true where pgvector {@value #PGVECTOR_SINCE} or newer
     * is installed, after making sure of the vector column and its index (made at the first call: the column is
     * computed for every stored vector, the index built over them).
     */
    public boolean searchesInDatabase() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT extversion FROM pg_extension WHERE extname = 'vector'")) {
                if (!row.next() || !atLeast(row.getString(1), PGVECTOR_SINCE)) {
                    return false;
                }
            }
            statement.execute("ALTER TABLE entry_meaning ADD COLUMN IF NOT EXISTS embedding vector("
                    + MeaningModel.DIMENSIONS + ") GENERATED ALWAYS AS (vector::vector(" + MeaningModel.DIMENSIONS + ")) STORED");
            statement.execute("CREATE INDEX IF NOT EXISTS entry_meaning_embedding ON entry_meaning"
                    + " USING hnsw (embedding vector_ip_ops)");
            return true;
        } catch (SQLException e) {
            throw new StoreException("preparing the database's search of meaning vectors", e);
        }
    }

    /**
     * The {@code k} entries whose vectors are nearest to {@code vector} by the database's index (pgvector, see
     * {@link #searchesInDatabase}), nearest first; {@code lang} and {@code pos} filter when given.
     */
    public List<Neighbour> nearest(float[] vector, int k, String lang, String pos) {
        boolean byLang = lang != null && !lang.isBlank();
        boolean byPos = pos != null && !pos.isBlank();
        // Unit vectors: the negative inner product (<#>) orders as the cosine does, and is cheaper.
        String sql = "SELECT m.edition, m.page_id, m.heading_index, -(m.embedding <#> ?::vector) FROM entry_meaning m"
                + (byLang || byPos ? " JOIN entry e USING (edition, page_id, heading_index) WHERE" : "")
                + (byLang ? " e.lang_code = ?" : "") + (byLang && byPos ? " AND" : "") + (byPos ? " e.pos = ?" : "")
                + " ORDER BY m.embedding <#> ?::vector LIMIT ?";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                // A filter drops rows the index scan found: the scan goes on until it has k rows that pass.
                settings.execute("SET LOCAL hnsw.iterative_scan = strict_order");
                settings.execute("SET LOCAL hnsw.ef_search = " + Math.max(200, 2 * k));
                String literal = Arrays.toString(vector);
                int parameter = 1;
                statement.setString(parameter++, literal);
                if (byLang) {
                    statement.setString(parameter++, lang);
                }
                if (byPos) {
                    statement.setString(parameter++, pos);
                }
                statement.setString(parameter++, literal);
                statement.setInt(parameter, k);
                List<Neighbour> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Neighbour(new EntryKey(rows.getString(1), rows.getLong(2), rows.getInt(3)),
                                rows.getDouble(4)));
                    }
                }
                return found;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("searching meaning vectors in the database", e);
        }
    }

    /** Whether a dotted version is {@code least} or newer ({@code 0.8.1} is, {@code 0.7.4} is not 0.8). */
    static boolean atLeast(String version, String least) {
        String[] have = version.split("\\.");
        String[] need = least.split("\\.");
        for (int i = 0; i < need.length; i++) {
            String digits = i < have.length ? have[i].replaceAll("\\D.*", "") : "";
            int part = digits.isEmpty() ? 0 : Integer.parseInt(digits);
            int wanted = Integer.parseInt(need[i]);
            if (part != wanted) {
                return part > wanted;
            }
        }
        return true;
    }

    /** An entry found by meaning, as the API shows it. */
    public record MeaningHit(EntryKey key, String address, String word, String lang, String pos, String meaningText) {
    }

    /** The live, addressed entries among {@code keys}, with their meaning texts, in the order of {@code keys}. */
    public List<MeaningHit> describe(List<EntryKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT e.edition, e.page_id, e.heading_index, e.address, e.word, e.lang_code, e.pos, m.meaning_text"
                + " FROM entry e JOIN entry_meaning m USING (edition, page_id, heading_index) WHERE e.status <> 'deprecated'"
                + " AND e.address IS NOT NULL AND (e.edition, e.page_id, e.heading_index) IN ("
                + String.join(", ", Collections.nCopies(keys.size(), "(?, ?, ?)")) + ")";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.size(); i++) {
                setKey(statement, 1 + 3 * i, keys.get(i));
            }
            Map<EntryKey, MeaningHit> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    EntryKey key = new EntryKey(rows.getString(1), rows.getLong(2), rows.getInt(3));
                    found.put(key, new MeaningHit(key, new AqeaAddress(rows.getInt(4)).toString(),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
                }
            }
            return keys.stream().map(found::get).filter(Objects::nonNull).toList();
        } catch (SQLException e) {
            throw new StoreException("reading the entries found by meaning", e);
        }
    }

    /** Sets an entry's key as the three parameters from {@code first} on. */
    private static void setKey(PreparedStatement statement, int first, EntryKey key) throws SQLException {
        statement.setString(first, key.edition());
        statement.setLong(first + 1, key.pageId());
        statement.setInt(first + 2, key.headingIndex());
    }

    private static StoredMeaning storedMeaning(ResultSet rows) throws SQLException {
        return new StoredMeaning(new EntryKey(rows.getString(1), rows.getLong(2), rows.getInt(3)), rows.getString(4),
                rows.getString(5), floats(rows.getArray(6)), rows.getTimestamp(7).toInstant());
    }

    private static float[] floats(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = ((Number) values[i]).floatValue();
        }
        return vector;
    }
}
