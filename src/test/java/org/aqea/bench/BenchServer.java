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
import org.aqea.testing.EmptyLexicon;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.edition.Edition;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GeneratedLexemes;
import org.aqea.testing.PanLexSnapshots;
import org.aqea.testing.GeneratedDump;
import org.aqea.testing.Secrets;
import org.aqea.testing.SecurePort;

/** What the benchmarks against a running server share: generated dumps in its dump folder, jobs started and awaited. */
final class BenchServer {

    static final String BASE = "http://localhost:" + System.getenv().getOrDefault("AQEA_HTTP_PORT", "9080");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private BenchServer() {
    }

    /**
     * A generated dump of {@code count} pages inside the default dump folder of {@code ./mvnw -Prun}, made once;
     * heavy: only lemma pages as big as the biggest real ones.
     */
    static Path dump(String name, int count, boolean multistream, GeneratedDump kind) throws Exception {
        Path dump = Path.of("data", "dumps", "bench", name + ".xml.bz2").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        if (!Files.exists(dump)) {
            List<DumpFiles.Page> pages = kind.pages(count, count);
            if (multistream) {
                DumpFiles.writeMultistream(dump, dump.resolveSibling(name + "-index.txt.bz2"), DumpFiles.SCHEMA_011, kind.wiki(),
                        pages, 100);
            } else {
                DumpFiles.writeBz2(dump, DumpFiles.SCHEMA_011, kind.wiki(), pages);
            }
        }
        return dump;
    }

    /** A Wikidata lexemes dump of {@code count} generated lexemes, written once and kept. */
    static Path lexemeDump(String name, int count) throws Exception {
        Path dump = Path.of("data", "dumps", "bench", name + "-lexemes.json.bz2").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        if (!Files.exists(dump)) {
            GeneratedLexemes.write(dump, new GeneratedLexemes(count).lexemes(count));
        }
        return dump;
    }

    /** A generated PanLex snapshot of {@code expressions} expressions and twice as many denotations. */
    static Path panLexSnapshot(int expressions) throws Exception {
        Path zip = Path.of("data", "dumps", "bench", "panlex-" + expressions, "panlex-20240301-csv.zip").toAbsolutePath();
        Files.createDirectories(zip.getParent());
        if (!Files.exists(zip)) {
            new PanLexSnapshots(expressions, 2 * expressions, 1, false).writeZip(zip);
        }
        return zip;
    }

    static String authorization(String user) {
        String password = Secrets.value(user.equals("admin") ? "AQEA_ADMIN_PASSWORD" : "AQEA_READER_PASSWORD");
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long startJob(Path dump, Edition edition) throws Exception {
        return startJob("{\"source\":\"" + edition.jobSource() + "\",\"edition\":\"" + edition.code() + "\",\"dump\":\"" + dump + "\"}");
    }

    /** Starts a job with this request ({@code POST /api/jobs}); its execution id. */
    static long startJob(String request) throws Exception {
        JsonNode started = send(HttpRequest.newBuilder(URI.create(BASE + "/api/jobs")).header("Authorization", authorization("admin"))
                .header("Content-Type", "application/json").header("X-Requested-With", "benchmark")
                .POST(HttpRequest.BodyPublishers.ofString(request)));
        if (!started.has("executionId")) {
            throw new IllegalStateException("the job was not started: " + started);
        }
        return started.get("executionId").asLong();
    }

    /** Polls the execution every second until it ends; {@code eachSecond} sees it each time. */
    static JsonNode awaitEnd(long executionId, Consumer<JsonNode> eachSecond) throws Exception {
        JsonNode job;
        do {
            Thread.sleep(1000);
            job = send(HttpRequest.newBuilder(URI.create(BASE + "/api/jobs/" + executionId)).header("Authorization", authorization("admin")));
            eachSecond.accept(job);
        } while (job.get("status").asText().startsWith("START"));
        return job;
    }

    /** A connection to the server's database (the embedded one of {@code ./mvnw -Prun} unless AQEA_DB_URL is set). */
    static Connection database() throws Exception {
        return DriverManager.getConnection(System.getenv().getOrDefault("AQEA_DB_URL", "jdbc:postgresql://127.0.0.1:15432/postgres"),
                System.getenv().getOrDefault("AQEA_DB_USER", "postgres"), Secrets.value("AQEA_DB_PASSWORD"));
    }

    /** Empties the lexicon, so that a run writes every entry (the same dump again would change nothing). */
    static void emptyLexicon() throws Exception {
        try (Connection connection = database()) {
            EmptyLexicon.empty(connection);
        }
    }

    static long sum(JsonNode job, String field) {
        long sum = 0;
        for (JsonNode partition : job.get("partitions")) {
            sum += partition.get(field).asLong();
        }
        return sum;
    }

    static JsonNode send(HttpRequest.Builder request) throws Exception {
        return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The server's used heap in bytes, from its metrics (HTTPS, as the admin). */
    static double heapUsed() {
        String metrics;
        try {
            metrics = SecurePort.call("GET", "/metrics?scope=base", "admin", Secrets.value("AQEA_ADMIN_PASSWORD"), null).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Matcher heap = Pattern.compile("^memory_usedHeap_bytes\\{[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE).matcher(metrics);
        return heap.find() ? Double.parseDouble(heap.group(1)) : 0;
    }
}
