package org.aqea.api;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.aqea.meaning.MeaningIndex;
import org.aqea.store.lexicon.EntryKey;
import org.aqea.store.lexicon.MeaningStore;
import org.aqea.store.lexicon.MeaningStore.MeaningHit;

/**
 * The server's index of the lexicon's meaning vectors ({@link MeaningIndex}, in a temporary folder of its own): built
 * from the lexicon in the background once the server has started and kept up to date there every few seconds with
 * the vectors stored since (built again when vectors were removed); a search brings it up to date first, so it never
 * answers from an index older than the lexicon. Where the lexicon's database can search the vectors itself
 * (pgvector: {@link MeaningStore#searchesInDatabase}) the server keeps no index and asks the database. The entries
 * found are read from the lexicon, so a deprecated one is never shown.
 */
@ApplicationScoped
public class MeaningSearch {

    /** An entry found, with the cosine of its meaning vector and the query's. */
    public record Similar(String address, String word, String lang, String pos, String edition, double similarity,
                          String meaning) {
    }

    private static final Logger LOG = Logger.getLogger(MeaningSearch.class.getName());
    private static final long REFRESH_SECONDS = 5;

    @Inject
    MeaningStore meanings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Searches share the index; a refresh has it alone. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private Path folder;
    private volatile MeaningIndex index;
    private volatile Instant loadedUpTo = Instant.EPOCH;
    /** Whether the database searches the vectors (pgvector); null until the lexicon has been asked. */
    private volatile Boolean inDatabase;

    void keepCurrent(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                refreshed();
            } catch (RuntimeException e) {
                // The next search or round tries again; a database that is down is reported by the health checks.
                LOG.log(Level.FINE, "the meaning index could not be brought up to date", e);
            }
        }, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    /** How many entries the index holds; 0 before the first backfill (a search has just brought it up to date). */
    public long indexed() {
        if (searchesInDatabase()) {
            return meanings.count();
        }
        lock.readLock().lock();
        try {
            return index == null ? 0 : index.size();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the meaning index", e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The {@code k} entries nearest to {@code vector} that {@code lang} and {@code pos} take (when given), leaving out
     * the {@code excluded} addresses; empty when no meaning vector is stored yet.
     */
    public Optional<List<Similar>> nearest(float[] vector, int k, String lang, String pos, Set<String> excluded) {
        if (!refreshed()) {
            return Optional.empty();
        }
        // Room for what the lexicon no longer shows (deprecated since) and for the excluded entries.
        int wanted = 2 * k + excluded.size();
        List<MeaningStore.Neighbour> hits = searchesInDatabase() ? meanings.nearest(vector, wanted, lang, pos)
                : nearestIndexed(vector, wanted, lang, pos);
        Map<EntryKey, Double> similarity = new HashMap<>();
        List<EntryKey> keys = new ArrayList<>();
        for (MeaningStore.Neighbour hit : hits) {
            keys.add(hit.key());
            similarity.put(hit.key(), hit.similarity());
        }
        List<Similar> found = new ArrayList<>();
        for (MeaningHit hit : meanings.describe(keys)) {
            if (!excluded.contains(hit.address()) && found.size() < k) {
                found.add(new Similar(hit.address(), hit.word(), hit.lang(), hit.pos(), hit.key().edition(),
                        Math.round(similarity.get(hit.key()) * 10_000) / 10_000.0, hit.meaningText()));
            }
        }
        return Optional.of(found);
    }

    private List<MeaningStore.Neighbour> nearestIndexed(float[] vector, int k, String lang, String pos) {
        lock.readLock().lock();
        try {
            return index.nearest(vector, k, lang, pos).stream()
                    .map(hit -> new MeaningStore.Neighbour(parse(hit.key()), hit.similarity())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("searching the meaning index", e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private boolean searchesInDatabase() {
        Boolean known = inDatabase;
        if (known == null) {
            known = meanings.searchesInDatabase();
            inDatabase = known;
        }
        return known;
    }

    /**
     * Brings the index up to date with the lexicon's vectors (nothing to do where the database searches them); false
     * while the lexicon stores none.
     */
    private boolean refreshed() {
        Optional<Instant> last = meanings.lastChange();
        if (last.isEmpty()) {
            return false;
        }
        if (searchesInDatabase()) {
            return true;
        }
        if (index != null && !last.get().isAfter(loadedUpTo)) {
            return true;
        }
        lock.writeLock().lock();
        try {
            if (index == null) {
                build();
            } else if (last.get().isAfter(loadedUpTo)) {
                load(loadedUpTo);
                if (meanings.count() != index.size()) {
                    // Vectors were removed: the stored ones are loaded anew.
                    build();
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("loading the meaning index", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void build() throws IOException {
        closeIndex();
        folder = Files.createTempDirectory("aqea-meaning-index-");
        index = new MeaningIndex(folder);
        loadedUpTo = Instant.EPOCH;
        load(null);
    }

    private void load(Instant since) throws IOException {
        Instant[] newest = {loadedUpTo};
        meanings.changedAfter(since, meaning -> {
            try {
                index.put(key(meaning.key()), meaning.lang(), meaning.pos(), meaning.vector());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (meaning.updatedAt().isAfter(newest[0])) {
                newest[0] = meaning.updatedAt();
            }
        });
        index.publish();
        loadedUpTo = newest[0];
    }

    static String key(EntryKey key) {
        return key.edition() + "/" + key.pageId() + "/" + key.headingIndex();
    }

    private static EntryKey parse(String key) {
        String[] parts = key.split("/");
        return new EntryKey(parts[0], Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
    }

    @PreDestroy
    void close() {
        lock.writeLock().lock();
        try {
            closeIndex();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void closeIndex() {
        try {
            if (index != null) {
                index.close();
                index = null;
            }
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                folder = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("removing the meaning index", e);
        }
    }
}
