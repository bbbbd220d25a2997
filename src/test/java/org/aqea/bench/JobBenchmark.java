package org.aqea.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.aqea.dump.DumpReader;
import org.aqea.testing.Secrets;
import org.aqea.testing.SecurePort;

/**
 * The whole extraction job on a generated dump, against a running server ({@code ./mvnw -Prun} in another
 * terminal), on an emptied lexicon: pages per second, entries per minute, peak heap of the server, database size, and the time to only
 * decompress and read the same dump (the floor) as a ratio. Target: 100,000 entries per minute on 2 cores.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.JobBenchmark
 * -Dexec.args=200000}; add {@code multistream} to the arguments for a multistream dump with its index (parallel
 * decompression).
 */
public final class JobBenchmark {

    private JobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean multistream = args.length > 1 && args[1].equals("multistream");
        Path dump = BenchServer.dump("job-" + count + (multistream ? "-multistream" : ""), count, multistream);
        BenchServer.emptyLexicon();
        long floorStart = System.nanoTime();
        try (DumpReader reader = DumpReader.openDecompressingInParallel(dump)) {
            while (reader.nextPage() != null) {
                // decompress and read only
            }
        }
        double floor = (System.nanoTime() - floorStart) / 1e9;

        long id = BenchServer.startJob(dump);
        long begin = System.nanoTime();
        double[] peakHeap = {0};
        JsonNode job = BenchServer.awaitEnd(id, running -> peakHeap[0] = Math.max(peakHeap[0], BenchServer.heapUsed()));
        double seconds = (System.nanoTime() - begin) / 1e9;
        long pages = BenchServer.sum(job, "itemsRead");
        long entries = BenchServer.sum(job, "itemsWritten");
        System.out.printf("job benchmark: %,d pages, %,d entries, status %s, %.1f s%n", pages, entries, job.get("status").asText(), seconds);
        System.out.printf("  %,.0f pages per second, %,.0f entries per minute (target 100,000)%n", pages / seconds, entries / seconds * 60);
        System.out.printf("  decompress and read only: %.1f s; the job takes %.1f times as long%n", floor, seconds / floor);
        System.out.printf("  peak heap used by the server: %,.0f MB; database size: %,d MB%n", peakHeap[0] / 1e6, databaseSize() / 1_000_000);
        printSteps(id);
    }

    /** Wall time of each step, from Liberty's batch API (the steps and partitions Admin Center shows). */
    private static void printSteps(long executionId) throws Exception {
        JsonNode steps = BenchServer.JSON.readTree(SecurePort.call("GET", "/ibm/api/batch/jobexecutions/" + executionId
                + "/stepexecutions", "admin", Secrets.value("AQEA_ADMIN_PASSWORD"), null).body());
        DateTimeFormatter liberty = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS Z");
        StringBuilder line = new StringBuilder("  steps:");
        for (JsonNode step : steps) {
            if (!step.hasNonNull("stepName") || !step.hasNonNull("endTime")) {
                continue;
            }
            Duration took = Duration.between(OffsetDateTime.parse(step.get("startTime").asText(), liberty),
                    OffsetDateTime.parse(step.get("endTime").asText(), liberty));
            line.append(String.format(" %s %.1f s,", step.get("stepName").asText(), took.toMillis() / 1000.0));
        }
        System.out.println(line.substring(0, line.length() - 1));
    }

    private static long databaseSize() throws Exception {
        try (Connection connection = BenchServer.database();
             ResultSet rs = connection.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
