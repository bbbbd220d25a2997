package org.aqea.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.aqea.edition.Editions;
import org.aqea.testing.GeneratedDump;

/**
 * Readers and an extraction at once, on loopback, against a running server: the extraction alone, then again with
 * 50 readers searching the entries API as fast as they are answered (each reader stops after 2,000 requests or
 * when the extraction ends, whichever comes first; the whole run stops after ten minutes). Prints the latencies
 * (p50, p99), errors (anything but 200), and the extraction's rate with and without the readers. Start the server
 * with a rate limit above what 50 readers ask from one address ({@code AQEA_RATE_LIMIT=100000 ./mvnw -Prun}); the
 * limit itself is tested by {@code HostileInputIT}. It empties the lexicon tables before each run.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.LoadBenchmark
 * -Dexec.args=50000}
 */
public final class LoadBenchmark {

    private static final int READERS = 50;
    private static final int REQUESTS_PER_READER = 2_000;
    private static final String[] PREFIXES = {"a", "b", "Ha", "Ma", "sch", "Wa", "e", "k", "St", "z"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path dump = BenchServer.dump("load-" + count, count, false, GeneratedDump.GERMAN);
        BenchServer.emptyLexicon();
        double alone = pagesPerSecond(BenchServer.startJob(dump, Editions.of(GeneratedDump.GERMAN.edition()).orElseThrow()));
        System.out.printf("load benchmark: the extraction alone: %,.0f pages per second%n", alone);

        BenchServer.emptyLexicon();
        long executionId = BenchServer.startJob(dump, Editions.of(GeneratedDump.GERMAN.edition()).orElseThrow());
        AtomicBoolean extracting = new AtomicBoolean(true);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        String reader = BenchServer.authorization("reader");
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        for (int r = 0; r < READERS; r++) {
            int readerIndex = r;
            readers.submit(() -> {
                for (int i = 0; i < REQUESTS_PER_READER && extracting.get(); i++) {
                    String prefix = PREFIXES[(readerIndex + i) % PREFIXES.length];
                    HttpRequest request = HttpRequest.newBuilder(URI.create(BenchServer.BASE + "/api/entries?label=" + prefix
                            + "&size=20")).header("Authorization", reader).timeout(Duration.ofSeconds(30)).build();
                    long started = System.nanoTime();
                    try {
                        int status = BenchServer.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        latencies.add(System.nanoTime() - started);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        double withReaders = pagesPerSecond(executionId);
        extracting.set(false);
        readers.shutdown();
        readers.awaitTermination(10, TimeUnit.MINUTES);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("  with %d readers: %,.0f pages per second (%.0f%% of alone)%n", READERS, withReaders,
                withReaders * 100 / alone);
        System.out.printf("  %,d reads, %,d errors; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(),
                errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0));
    }

    private static double pagesPerSecond(long executionId) throws Exception {
        long begin = System.nanoTime();
        JsonNode job = BenchServer.awaitEnd(executionId, running -> { });
        if (!job.get("status").asText().equals("COMPLETED")) {
            throw new IllegalStateException("execution " + executionId + " ended " + job.get("status") + ": " + job.get("exitStatus"));
        }
        return BenchServer.sum(job, "itemsRead") / ((System.nanoTime() - begin) / 1e9);
    }

    private static double percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1)) / 1e6;
    }
}
