package org.aqea.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aqea.dump.DumpReader;
import org.aqea.dump.MultistreamIndex;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;

/**
 * Decompressing and reading a multistream dump of generated pages: on one thread, then on every core with the
 * multistream index. {@code DecompressBenchmark [pages]}, default 200,000. Prints numbers; not a test.
 */
public final class DecompressBenchmark {

    private DecompressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dump = Path.of("target", "bench", "multistream-" + count + ".xml.bz2").toAbsolutePath();
        Path index = Path.of("target", "bench", "multistream-" + count + "-index.txt.bz2").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        if (!Files.exists(dump) || !Files.exists(index)) {
            DumpFiles.writeMultistream(dump, index, DumpFiles.SCHEMA_011, new GermanPages(count).pages(count), 100);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            long pages = 0;
            try (DumpReader reader = DumpReader.open(dump)) {
                while (reader.nextPage() != null) {
                    pages++;
                }
            }
            double sequential = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            try (DumpReader reader = DumpReader.openParallel(dump, MultistreamIndex.read(index), cores)) {
                while (reader.nextPage() != null) {
                    pages--;
                }
            }
            double parallel = (System.nanoTime() - start) / 1e9;
            System.out.printf("decompress benchmark, round %d: %,d pages (%,d MB compressed); one thread %.1f s, %d threads "
                    + "with the index %.1f s (%.2f times as fast)%s%n", round + 1, count, Files.size(dump) >> 20,
                    sequential, cores, parallel, sequential / parallel, pages == 0 ? "" : "; PAGE COUNTS DIFFER");
        }
    }
}
