package org.aqea.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.aqea.address.Domains;
import org.aqea.panlex.PanLexExpression;
import org.aqea.panlex.PanLexJoin;
import org.aqea.panlex.PanLexSnapshot;
import org.aqea.testing.PanLexSnapshots;

/**
 * The join of a generated PanLex snapshot into translations between the languages with an AQEA domain, against
 * reading the zip's bytes alone ({@code unzip -p zip > /dev/null}) in the same run: time, ratio, peak heap (the sum of
 * the heap pools' peaks, an upper bound). {@code PanLexJoinBenchmark [expressions] [denotations] [zip]}, default
 * 5,000,000 and 10,000,000 in a temporary folder; an existing zip is read as it is. Prints numbers; not a test.
 *
 * <p>Run with the heap a server has: {@code java -Xmx1g -cp target/classes:target/test-classes:<test classpath>
 * org.aqea.bench.PanLexJoinBenchmark}
 */
public final class PanLexJoinBenchmark {

    private PanLexJoinBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int expressions = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int denotations = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        Path folder = Files.createTempDirectory("panlex-bench");
        Path zip = args.length > 2 ? Path.of(args[2]) : folder.resolve("panlex-20240301-csv.zip");
        if (!Files.exists(zip)) {
            long generating = System.nanoTime();
            new PanLexSnapshots(expressions, denotations, 1, false).writeZip(zip);
            System.out.printf(Locale.ROOT, "generated %s: %,d bytes in %.1f s%n", zip, Files.size(zip),
                    (System.nanoTime() - generating) / 1e9);
        }
        for (int round = 1; round <= 2; round++) {
            long unzipStart = System.nanoTime();
            Process unzip = new ProcessBuilder("unzip", "-p", zip.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (unzip.waitFor() != 0) {
                throw new IllegalStateException("unzip -p failed: " + unzip.exitValue());
            }
            double floor = (System.nanoTime() - unzipStart) / 1e9;
            long start = System.nanoTime();
            long kept = 0;
            long translations = 0;
            try (PanLexSnapshot snapshot = PanLexSnapshot.open(zip);
                 PanLexJoin join = PanLexJoin.of(snapshot, language -> Domains.of(language).isPresent(), 1,
                         folder.resolve("work"))) {
                double joined = (System.nanoTime() - start) / 1e9;
                for (PanLexExpression expression = join.next(); expression != null; expression = join.next()) {
                    kept++;
                    translations += expression.translations().size();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "round %d: unzip -p %.1f s; join %.1f s (tables read and sorted %.1f s),"
                                + " ratio %.2f; %,d expressions with %,d translations; rows left out %,d; peak heap %,d MB"
                                + " (max %,d MB)%n", round, floor, seconds, joined, seconds / floor, kept, translations,
                        join.rejectedCount(), peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
