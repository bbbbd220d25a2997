package org.aqea.partition;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aqea.dump.DumpPage;

/**
 * The per-range shards a dump is split into, so that it is decompressed and read once per run whatever the
 * number of partitions: one JSON line per page, one file per title range.
 */
public final class PageShards {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PageShards() {
    }

    public static Path file(Path directory, TitleRange range) {
        return directory.resolve("shard-" + range.label() + ".jsonl");
    }

    /** The shards a partition reads: those of the split ranges inside its range, in alphabetical order. */
    public static List<Path> files(Path directory, TitleRanges split, TitleRange partition) {
        List<Path> files = new ArrayList<>();
        for (TitleRange range : split.ranges()) {
            boolean inside = partition.isOther() ? range.isOther()
                    : !range.isOther() && range.first() >= partition.first() && range.last() <= partition.last();
            if (inside) {
                files.add(file(directory, range));
            }
        }
        return files;
    }

    /** Pages in a shard (its lines), counted on the bytes without decoding them. */
    public static long countPages(Path shard) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(shard)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    public static byte[] encode(DumpPage page) {
        try {
            byte[] json = JSON.writeValueAsBytes(page);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DumpPage decode(String line) {
        try {
            return JSON.readValue(line.getBytes(StandardCharsets.UTF_8), DumpPage.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a shard line is not a page: " + e.getMessage(), e);
        }
    }
}
