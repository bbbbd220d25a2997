package org.aqea.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The floor the benchmarks compare with: {@code bzip2 -dc} of a dump on one thread, its output counted and dropped;
 * and {@code lbzip2 -dc} on every core, the fastest a bz2 dump can be read here.
 */
final class Bzip2Floor {

    private Bzip2Floor() {
    }

    /** @return the bytes bzip2 wrote */
    static long decompress(Path file) throws Exception {
        return decompress("bzip2", file);
    }

    /** @return the bytes {@code lbzip2} wrote */
    static long decompressOnEveryCore(Path file) throws Exception {
        return decompress("lbzip2", file);
    }

    private static long decompress(String decoder, Path file) throws Exception {
        Process process = new ProcessBuilder(decoder, "-dc", file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long bytes;
        try (InputStream xml = process.getInputStream()) {
            bytes = xml.transferTo(OutputStream.nullOutputStream());
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(decoder + " -dc " + file + " failed");
        }
        return bytes;
    }
}
