package org.aqea.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.testing.GeneratedDump;

/**
 * Where the partitions of a job ran and what dispatching them cost: the job on a generated dump (default 200,000
 * pages) through the running server's API, then per partition its server, pages, when it began after the extract
 * step began (the first wave's delay is the dispatch overhead: local threads begin at once, remote partitions after
 * a message, a consuming executor and its reader's open) and how long it ran. Run it once against {@code ./mvnw -Prun}
 * (standalone) and once against {@code ./mvnw -Pcluster} (a dispatcher and two executors on this machine) and
 * compare; the README keeps both.
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Edition edition = Editions.of("de").orElseThrow();
        Path dump = BenchServer.dump("job-" + count, count, false, GeneratedDump.GERMAN);
        BenchServer.emptyLexicon();
        long id = BenchServer.startJob(dump, edition);
        long begin = System.nanoTime();
        var job = BenchServer.awaitEnd(id, running -> { });
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("cluster benchmark: %,d pages, %,d entries, status %s, %.1f s, %,.0f entries per minute%n",
                BenchServer.sum(job, "itemsRead"), BenchServer.sum(job, "itemsWritten"), job.get("status").asText(), seconds,
                BenchServer.sum(job, "itemsWritten") / seconds * 60);
        try (Connection database = BenchServer.database();
             PreparedStatement step = database.prepareStatement("""
                     SELECT starttime, endtime FROM jbatch.stepthreadexecution
                     WHERE fk_jobexecid = ? AND stepname = 'extract' AND partnum = -1""");
             PreparedStatement partitions = database.prepareStatement("""
                     SELECT range_label, server, items_read, started_at, updated_at FROM partition_progress
                     WHERE execution_id = ? ORDER BY started_at""")) {
            step.setLong(1, id);
            Instant stepStart;
            Instant stepEnd;
            try (ResultSet row = step.executeQuery()) {
                row.next();
                stepStart = row.getTimestamp(1).toInstant();
                stepEnd = row.getTimestamp(2).toInstant();
            }
            System.out.printf("  extract step: %.1f s%n", seconds(stepStart, stepEnd));
            System.out.println("  partition  server                          pages   began after   ran");
            double firstBegan = Double.MAX_VALUE;
            partitions.setLong(1, id);
            try (ResultSet row = partitions.executeQuery()) {
                while (row.next()) {
                    Instant started = instant(row.getTimestamp(4));
                    double after = seconds(stepStart, started);
                    firstBegan = Math.min(firstBegan, after);
                    System.out.printf("  %-9s  %-30s %,7d   %8.2f s   %6.1f s%n", row.getString(1), row.getString(2),
                            row.getLong(3), after, seconds(started, instant(row.getTimestamp(5))));
                }
            }
            System.out.printf("  dispatch overhead: the first partition began %.2f s after the step%n", firstBegan);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
