package org.aqea.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.aqea.edition.Editions;
import org.aqea.testing.GeneratedDump;

/**
 * Search by meaning against a running server on loopback: a German dump of generated pages extracted, then the
 * meaning backfill over its entries; prints the embeddings per second, the sizes of the stored vectors and of the
 * server's index (its folder in this machine's temporary folder), the first search (which builds the index) and the
 * latencies of 20 readers asking 200 searches each (by text and by address), and the job's time against
 * {@code bzip2 -dc} of its dump without and with the backfill. It empties the lexicon first. Start the server with a
 * rate limit above what 20 readers ask from one address ({@code AQEA_RATE_LIMIT=100000 ./mvnw -Prun}).
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.MeaningBenchmark
 * -Dexec.args=200000}
 */
public final class MeaningBenchmark {

    private static final int READERS = 20;
    private static final int REQUESTS_PER_READER = 200;
    private static final String[] TEXTS = {"a young dog", "a drinking vessel", "to walk slowly", "a large house",
            "the colour of the sky", "a sharp knife", "happy", "to speak quietly", "a river", "an old book"};

    private MeaningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dump = BenchServer.dump("meaning-" + count, count, false, GeneratedDump.GERMAN);
        long floorStarted = System.nanoTime();
        Bzip2Floor.decompress(dump);
        double floor = (System.nanoTime() - floorStarted) / 1e9;
        BenchServer.emptyLexicon();
        double job = timed(BenchServer.startJob(dump, Editions.of(GeneratedDump.GERMAN.edition()).orElseThrow()));
        double backfill = timed(BenchServer.startJob("{\"source\": \"meanings\"}"));
        long entries;
        long embedded;
        long tableBytes;
        List<String> addresses = new ArrayList<>();
        try (Connection connection = BenchServer.database(); Statement statement = connection.createStatement()) {
            entries = single(statement, "SELECT count(*) FROM entry");
            embedded = single(statement, "SELECT count(*) FROM entry_meaning");
            tableBytes = single(statement, "SELECT pg_total_relation_size('entry_meaning')");
            try (ResultSet rows = statement.executeQuery("SELECT e.address FROM entry e JOIN entry_meaning m USING (edition,"
                    + " page_id, heading_index) WHERE e.address IS NOT NULL ORDER BY random() LIMIT 1000")) {
                while (rows.next()) {
                    addresses.add(Integer.toString(rows.getInt(1)));
                }
            }
        }
        long firstStarted = System.nanoTime();
        int firstStatus = get("/api/entries/similar?text=" + URLEncoder.encode(TEXTS[0], StandardCharsets.UTF_8));
        double first = (System.nanoTime() - firstStarted) / 1e9;
        System.out.printf("meaning benchmark: %,d entries from %,d pages; job %.1f s (bzip2 -dc %.1f s, ratio %.2f)%n", entries,
                count, job, floor, job / floor);
        System.out.printf("  backfill: %,d meanings in %.1f s, %.0f embeddings/s; job and backfill ratio %.2f%n", embedded,
                backfill, embedded / backfill, (job + backfill) / floor);
        System.out.printf("  stored vectors %.1f MB; server index %.1f MB; first search (builds the index) %.1f s, status %d%n",
                tableBytes / 1e6, indexBytes() / 1e6, first, firstStatus);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            readers.submit(() -> {
                for (int i = 0; i < REQUESTS_PER_READER; i++) {
                    String path = (reader + i) % 2 == 0
                            ? "/api/entries/similar?text=" + URLEncoder.encode(TEXTS[(reader + i) % TEXTS.length], StandardCharsets.UTF_8)
                            : "/api/entries/" + addresses.get((reader * REQUESTS_PER_READER + i) % addresses.size()) + "/similar";
                    long started = System.nanoTime();
                    try {
                        if (get(path) != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - started);
                }
            });
        }
        readers.shutdown();
        readers.awaitTermination(10, TimeUnit.MINUTES);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("  %d readers: %,d searches, %,d errors; latency p50 %.1f ms, p99 %.1f ms%n", READERS, sorted.size(),
                errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static int get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BenchServer.BASE + path))
                .header("Authorization", BenchServer.authorization("reader")).timeout(Duration.ofSeconds(60)).build();
        return BenchServer.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static double timed(long executionId) throws Exception {
        long begin = System.nanoTime();
        JsonNode job = BenchServer.awaitEnd(executionId, running -> { });
        if (!job.get("status").asText().equals("COMPLETED")) {
            throw new IllegalStateException("execution " + executionId + " ended " + job.get("status") + ": " + job.get("exitStatus"));
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private static long single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The newest index folder the server made in this machine's temporary folder. */
    private static long indexBytes() throws Exception {
        Path newest;
        try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            newest = folders.filter(folder -> folder.getFileName().toString().startsWith("aqea-meaning-index-"))
                    .max(Comparator.comparing(folder -> folder.toFile().lastModified())).orElse(null);
        }
        if (newest == null) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(newest)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static double percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1)) / 1e6;
    }
}
