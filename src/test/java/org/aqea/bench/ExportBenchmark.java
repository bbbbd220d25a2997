package org.aqea.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.zip.GZIPInputStream;

/**
 * {@code GET /api/export} of the whole lexicon of a running server ({@code ./mvnw -Prun}; run the job benchmark
 * first for some 200,000 entries), plain and gzipped: entries per second, bytes, and the server's heap before and
 * at its peak during the export (sampled every 100 ms), which stays far below the export's size when it streams.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.ExportBenchmark}
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("export benchmark: %,d entries in the lexicon%n", entries());
        for (boolean gzip : new boolean[] {false, true, false, true}) {
            export(gzip);
        }
    }

    private static void export(boolean gzip) throws Exception {
        double before = BenchServer.heapUsed();
        DoubleAccumulator peak = new DoubleAccumulator(Math::max, before);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulate(BenchServer.heapUsed()), 100, 100, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BenchServer.BASE + "/api/export"))
                    .header("Authorization", BenchServer.authorization("reader"));
            if (gzip) {
                request.header("Accept-Encoding", "gzip");
            }
            HttpResponse<InputStream> answer = BenchServer.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("export answered " + answer.statusCode());
            }
            try (InputStream body = gzip ? new GZIPInputStream(answer.body(), 1 << 16) : answer.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %s: %,d entries, %,d MB of JSONL, %.1f s, %,.0f entries/s; server heap %,.0f MB before, "
                        + "peak %,.0f MB during the export%n", gzip ? "gzip " : "plain", lines, bytes / 1_000_000, seconds,
                lines / seconds, before / 1e6, peak.get() / 1e6);
    }

    private static long entries() throws Exception {
        try (Connection connection = BenchServer.database();
             ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
