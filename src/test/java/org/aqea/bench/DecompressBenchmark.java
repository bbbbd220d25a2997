package org.aqea.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aqea.dump.Bzip2Decoder;
import org.aqea.dump.DumpReader;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;

/**
 * Decompressing and reading a dump of generated pages, every way the product can, against {@code bzip2 -dc} of the
 * same file on one thread: a single-stream file on the reader's thread, with one decoder thread ahead of the reader,
 * with lbzip2 (when installed); a multistream file with its index on every core, and with lbzip2. Two rounds (the
 * first warms the JIT). {@code DecompressBenchmark [pages] [heavy]}, default 200,000 pages. Prints numbers; not a
 * test.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.DecompressBenchmark}
 */
public final class DecompressBenchmark {

    private DecompressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean heavy = args.length > 1 && args[1].equals("heavy");
        String name = count + (heavy ? "-heavy" : "");
        Path single = Path.of("target", "bench", "single", name + ".xml.bz2").toAbsolutePath();
        Path multistream = Path.of("target", "bench", "multistream", name + ".xml.bz2").toAbsolutePath();
        if (!Files.exists(single) || !Files.exists(multistream)) {
            List<DumpFiles.Page> pages = (heavy ? GermanPages.heavy(count) : new GermanPages(count)).pages(count);
            Files.createDirectories(single.getParent());
            Files.createDirectories(multistream.getParent());
            DumpFiles.writeBz2(single, DumpFiles.SCHEMA_011, pages);
            DumpFiles.writeMultistream(multistream, multistream.resolveSibling(name + "-index.txt.bz2"), DumpFiles.SCHEMA_011,
                    pages, 100);
        }
        Optional<Path> lbzip2 = Bzip2Decoder.lbzip2("auto");
        System.out.printf("decompress benchmark: %,d %spages, %,d MB bz2, %d cores, lbzip2 %s%n", count, heavy ? "heavy " : "",
                Files.size(single) >> 20, Runtime.getRuntime().availableProcessors(), lbzip2.map(Path::toString).orElse("not installed"));
        for (int round = 1; round <= 2; round++) {
            StringBuilder line = new StringBuilder("  round " + round + ":");
            line.append(String.format(" bzip2 -dc %.1f s;", bzip2(single)));
            line.append(String.format(" single stream: reader's thread %.1f s,", read(() -> DumpReader.open(single))));
            line.append(String.format(" a decoder ahead %.1f s,", read(() -> DumpReader.openDecompressingInParallel(single, Optional.empty()))));
            if (lbzip2.isPresent()) {
                line.append(String.format(" lbzip2 %.1f s;", read(() -> DumpReader.openDecompressingInParallel(single, lbzip2))));
            }
            line.append(String.format(" multistream: every core %.1f s", read(() -> DumpReader.openDecompressingInParallel(multistream, Optional.empty()))));
            if (lbzip2.isPresent()) {
                line.append(String.format(", lbzip2 %.1f s", read(() -> DumpReader.openDecompressingInParallel(multistream, lbzip2))));
            }
            System.out.println(line);
        }
    }

    private interface Opener {
        DumpReader open() throws Exception;
    }

    private static double read(Opener opener) throws Exception {
        long start = System.nanoTime();
        try (DumpReader reader = opener.open()) {
            while (reader.nextPage() != null) {
                // decompress and read only
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double bzip2(Path file) throws Exception {
        long start = System.nanoTime();
        Bzip2Floor.decompress(file);
        return (System.nanoTime() - start) / 1e9;
    }
}
