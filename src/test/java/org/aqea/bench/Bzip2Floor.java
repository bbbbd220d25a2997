package org.aqea.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/** The floor the benchmarks compare with: {@code bzip2 -dc} of a dump on one thread, its output counted and dropped. */
final class Bzip2Floor {

    private Bzip2Floor() {
    }

    /** @return the bytes bzip2 wrote */
    static long decompress(Path file) throws Exception {
        Process bzip2 = new ProcessBuilder("bzip2", "-dc", file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long bytes;
        try (InputStream xml = bzip2.getInputStream()) {
            bytes = xml.transferTo(OutputStream.nullOutputStream());
        }
        if (bzip2.waitFor() != 0) {
            throw new IllegalStateException("bzip2 -dc " + file + " failed");
        }
        return bytes;
    }
}
