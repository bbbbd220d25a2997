package org.aqea.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.dump.DumpReader;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;

/**
 * The whole extraction job on a generated dump, against a running server ({@code ./mvnw -Prun} in another
 * terminal): pages per second, entries per minute, peak heap of the server, database size, and the time to only
 * decompress and read the same dump (the floor) as a ratio. Target: 100,000 entries per minute on 2 cores.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.JobBenchmark
 * -Dexec.args=200000}; add {@code multistream} to the arguments for a multistream dump with its index (parallel
 * decompression).
 */
public final class JobBenchmark {

    private static final String BASE = "http://localhost:" + System.getenv().getOrDefault("AQEA_HTTP_PORT", "9080");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private JobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean multistream = args.length > 1 && args[1].equals("multistream");
        String name = "job-" + count + (multistream ? "-multistream" : "");
        Path dump = Path.of("target", "bench", name + ".xml.bz2").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        if (!Files.exists(dump)) {
            if (multistream) {
                DumpFiles.writeMultistream(dump, dump.resolveSibling(name + "-index.txt.bz2"), DumpFiles.SCHEMA_011,
                        new GermanPages(count).pages(count), 100);
            } else {
                DumpFiles.writeBz2(dump, DumpFiles.SCHEMA_011, new GermanPages(count).pages(count));
            }
        }
        long floorStart = System.nanoTime();
        try (DumpReader reader = DumpReader.openDecompressingInParallel(dump)) {
            while (reader.nextPage() != null) {
                // decompress and read only
            }
        }
        double floor = (System.nanoTime() - floorStart) / 1e9;

        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password()).getBytes(StandardCharsets.UTF_8));
        JsonNode started = send(HttpRequest.newBuilder(URI.create(BASE + "/api/jobs")).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"wiktionary-dump\",\"language\":\"de\",\"dump\":\"" + dump + "\"}")));
        long id = started.get("executionId").asLong();
        long begin = System.nanoTime();
        double peakHeap = 0;
        JsonNode job;
        do {
            Thread.sleep(1000);
            job = send(HttpRequest.newBuilder(URI.create(BASE + "/api/jobs/" + id)).header("Authorization", auth));
            peakHeap = Math.max(peakHeap, heapUsed());
        } while (job.get("status").asText().startsWith("START"));
        double seconds = (System.nanoTime() - begin) / 1e9;
        long pages = 0;
        long entries = 0;
        for (JsonNode partition : job.get("partitions")) {
            pages += partition.get("itemsRead").asLong();
            entries += partition.get("itemsWritten").asLong();
        }
        System.out.printf("job benchmark: %,d pages, %,d entries, status %s, %.1f s%n", pages, entries, job.get("status").asText(), seconds);
        System.out.printf("  %,.0f pages per second, %,.0f entries per minute (target 100,000)%n", pages / seconds, entries / seconds * 60);
        System.out.printf("  decompress and read only: %.1f s; the job takes %.1f times as long%n", floor, seconds / floor);
        System.out.printf("  peak heap used by the server: %,.0f MB; database size: %,d MB%n", peakHeap / 1e6, databaseSize() / 1_000_000);
    }

    private static JsonNode send(HttpRequest.Builder request) throws Exception {
        return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static double heapUsed() throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/metrics?scope=base")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher heap = Pattern.compile("^memory_usedHeap_bytes\\{[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE).matcher(metrics);
        return heap.find() ? Double.parseDouble(heap.group(1)) : 0;
    }

    private static long databaseSize() throws Exception {
        String url = System.getenv().getOrDefault("AQEA_DB_URL", "jdbc:postgresql://127.0.0.1:15432/postgres");
        try (Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault("AQEA_DB_USER", "postgres"),
                System.getenv().getOrDefault("AQEA_DB_PASSWORD", ""));
             ResultSet rs = connection.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String password() throws Exception {
        String fromEnvironment = System.getenv("AQEA_ADMIN_PASSWORD");
        return fromEnvironment != null ? fromEnvironment : Files.readString(Path.of("data", "secrets", "AQEA_ADMIN_PASSWORD")).trim();
    }
}
