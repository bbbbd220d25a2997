package org.aqea.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.time.format.DateTimeFormatter;
import org.aqea.dump.Bzip2Decoder;
import org.aqea.dump.DecodedDump;
import org.aqea.dump.PageStream;
import org.aqea.edition.DumpReading;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.testing.GeneratedDump;
import org.aqea.testing.Secrets;
import org.aqea.testing.SecurePort;

/**
 * The whole extraction job on a generated dump, against a running server ({@code ./mvnw -Prun} in another terminal,
 * on this machine), on an emptied lexicon: pages per second, entries per minute, peak heap of the server, database
 * size; the time {@code bzip2 -dc} takes to decompress the same file on one thread (the floor) and the job's ratio
 * to it; and per step its wall and CPU time and where the CPU went ({@link ServerProfile}). Targets: 100,000 entries
 * per minute on 2 cores, a ratio of at most 2.5, peak heap at most 1 GB.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.JobBenchmark
 * -Dexec.args=200000}; add {@code multistream} for a multistream dump with its index (parallel decompression), and
 * {@code heavy} for German pages as big as the biggest real ones (20 to 30 KB), {@code en} for English Wiktionary pages,
 * {@code fr} for French Wiktionary pages, {@code lexemes} for a Wikidata lexemes dump of that many generated lexemes (a page is a lexeme),
 * or {@code panlex} for a PanLex snapshot of that many expressions and twice as many denotations (floor: {@code unzip -p}).
 * {@code edition} writes the German edition's whole mix (about 1.2 million pages stand for the real dump, mostly short
 * form pages); for it the benchmark also tells the {@code lbzip2 -dc} floor, how the database grows per 100,000 entries
 * during the run, and what the run made of the address space (full blocks, lexemes on overflow planes and in the
 * overflow region, lexemes left without an address). {@code offline} times the offline command on the same file after
 * the job ({@code aqea-cli extract}, its entries written to a temporary file).
 */
public final class JobBenchmark {

    private JobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        boolean multistream = options.contains("multistream");
        boolean lexemes = options.contains("lexemes");
        boolean panlex = options.contains("panlex");
        GeneratedDump kind = GeneratedDump.of(options);
        Edition edition = Editions.of(lexemes ? "wikidata" : panlex ? "panlex" : kind.edition()).orElseThrow();
        Path dump = lexemes ? BenchServer.lexemeDump("job-" + count, count) : panlex ? BenchServer.panLexSnapshot(count)
                : BenchServer.dump("job-" + count + (multistream ? "-multistream" : "") + (kind.option().isEmpty() ? "" : "-" + kind.option()),
                count, multistream, kind);
        BenchServer.emptyLexicon();
        long bzip2Start = System.nanoTime();
        long xmlBytes = panlex ? unzip(dump) : Bzip2Floor.decompress(dump);
        double floor = (System.nanoTime() - bzip2Start) / 1e9;
        String floorName = panlex ? "unzip -p" : "bzip2 -dc";
        long lbzip2Start = System.nanoTime();
        if (!panlex) {
            Bzip2Floor.decompressOnEveryCore(dump);
        }
        double everyCoreFloor = (System.nanoTime() - lbzip2Start) / 1e9;
        long readStart = System.nanoTime();
        try (PageStream reader = edition.openDump(dump, new DumpReading(DecodedDump.DECODER_THREADS,
                Bzip2Decoder.lbzip2(System.getenv("AQEA_BZIP2_DECODER")), Path.of(System.getProperty("java.io.tmpdir")),
                OptionalInt.empty()))) {
            while (reader.nextPage() != null) {
                // decompress and read only
            }
        }
        double javaRead = (System.nanoTime() - readStart) / 1e9;

        JsonNode job;
        double seconds;
        double[] peakHeap = {0};
        List<long[]> growth = new ArrayList<>();
        long id;
        List<ServerProfile.Step> steps;
        long liveHeap;
        Path recording;
        try (ServerProfile profile = ServerProfile.start()) {
            id = BenchServer.startJob(dump, edition);
            long begin = System.nanoTime();
            job = BenchServer.awaitEnd(id, running -> {
                peakHeap[0] = Math.max(peakHeap[0], BenchServer.heapUsed());
                growth.add(new long[] {BenchServer.sum(running, "itemsWritten"), databaseSize()});
            });
            seconds = (System.nanoTime() - begin) / 1e9;
            steps = profile.steps(stepWindows(id));
            liveHeap = profile.peakLiveHeap();
            recording = profile.recording();
        }
        long pages = BenchServer.sum(job, "itemsRead");
        long entries = BenchServer.sum(job, "itemsWritten");
        System.out.printf("job benchmark%s: %,d pages (%,d MB of %s, %,d MB %s), %,d entries, status %s, %.1f s%n",
                lexemes ? " on Wikidata lexemes" : panlex ? " on a PanLex snapshot" : kind.onWhat(), pages, xmlBytes >> 20,
                lexemes ? "JSON" : panlex ? "CSV" : "XML", Files.size(dump) >> 20, panlex ? "zip" : "bz2", entries,
                job.get("status").asText(), seconds);
        System.out.printf("  %,.0f pages per second, %,.0f entries per minute (target 100,000)%n", pages / seconds, entries / seconds * 60);
        System.out.printf("  %s of the same file, one thread: %.1f s; the job takes %.2f times as long (target 2.5); "
                + "decompress and read alone as the server does: %.1f s%n", floorName, floor, seconds / floor, javaRead);
        if (!panlex) {
            System.out.printf("  lbzip2 -dc on every core: %.1f s; the job takes %.2f times as long%n", everyCoreFloor,
                    seconds / everyCoreFloor);
        }
        System.out.printf("  peak heap used by the server: %,.0f MB (target 1,000), at most %,d MB right after a collection; "
                + "database size: %,d MB%n", peakHeap[0] / 1e6, liveHeap / 1_000_000, databaseSize() / 1_000_000);
        System.out.println("  steps (CPU of the server's process and of the whole machine; shares of the server's Java "
                + "execution samples; recording in " + recording + "):");
        steps.forEach(step -> System.out.println(step.describe()));
        System.out.println(DatabaseGrowth.describe(growth));
        System.out.println(AddressSpaceUse.describe());
        if (options.contains("offline")) {
            timeOfflineCommand(dump, edition);
        }
    }

    /** The offline command on the same dump, in a JVM of its own on this class path, as a user runs it. */
    private static void timeOfflineCommand(Path dump, Edition edition) throws Exception {
        Path output = Files.createTempFile("offline-", ".jsonl");
        try {
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.aqea.cli.AqeaCli", "extract", "--edition", edition.code(),
                    dump.toString(), "-o", output.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long start = System.nanoTime();
            if (extract.waitFor() != 0) {
                throw new IllegalStateException("the offline command failed: " + extract.exitValue());
            }
            System.out.printf("  offline command on the same file: %.1f s, %,d MB of entries%n", (System.nanoTime() - start) / 1e9,
                    Files.size(output) >> 20);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * Each step's start and end, from Liberty's batch API (the steps Admin Center shows), or where that API is not
     * (WildFly) from JBeret's job repository.
     */
    private static Map<String, Instant[]> stepWindows(long executionId) throws Exception {
        SecurePort.Answer answer = SecurePort.call("GET", "/ibm/api/batch/jobexecutions/" + executionId
                + "/stepexecutions", "admin", Secrets.value("AQEA_ADMIN_PASSWORD"), null);
        if (answer.status() == 404) {
            return jberetStepWindows(executionId);
        }
        JsonNode steps = BenchServer.JSON.readTree(answer.body());
        DateTimeFormatter liberty = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS Z");
        Map<String, Instant[]> windows = new LinkedHashMap<>();
        for (JsonNode step : steps) {
            if (step.hasNonNull("stepName") && step.hasNonNull("endTime")) {
                windows.put(step.get("stepName").asText(), new Instant[] {
                        OffsetDateTime.parse(step.get("startTime").asText(), liberty).toInstant(),
                        OffsetDateTime.parse(step.get("endTime").asText(), liberty).toInstant()});
            }
        }
        return windows;
    }

    private static Map<String, Instant[]> jberetStepWindows(long executionId) throws Exception {
        Map<String, Instant[]> windows = new LinkedHashMap<>();
        try (Connection connection = BenchServer.database();
             PreparedStatement query = connection.prepareStatement("SELECT stepname, starttime, endtime FROM jbatch.step_execution"
                     + " WHERE jobexecutionid = ? AND endtime IS NOT NULL ORDER BY starttime")) {
            query.setLong(1, executionId);
            try (ResultSet steps = query.executeQuery()) {
                while (steps.next()) {
                    windows.put(steps.getString(1), new Instant[] {steps.getTimestamp(2).toInstant(), steps.getTimestamp(3).toInstant()});
                }
            }
        }
        return windows;
    }

    /** {@code unzip -p} of the snapshot to nowhere, counting its bytes: the floor of a PanLex run. */
    private static long unzip(Path zip) throws Exception {
        Process unzip = new ProcessBuilder("unzip", "-p", zip.toString()).start();
        long bytes = unzip.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (unzip.waitFor() != 0) {
            throw new IllegalStateException("unzip -p " + zip + " failed: " + unzip.exitValue());
        }
        return bytes;
    }

    private static long databaseSize() {
        try (Connection connection = BenchServer.database();
             ResultSet rs = connection.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException("the database's size could not be read", e);
        }
    }
}
