package org.aqea.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The index of a multistream dump ({@code -multistream-index.txt.bz2}, lines {@code offset:page_id:title}): where
 * each bz2 stream starts, so that streams can be decompressed independently.
 */
public record MultistreamIndex(List<Long> streamOffsets, long pageCount) {

    /**
     * The index next to a multistream dump, if there is one: Wikimedia names them
     * {@code <name>.xml.bz2} and {@code <name>-index.txt.bz2}.
     */
    public static Optional<Path> beside(Path dump) {
        String name = dump.getFileName().toString();
        if (!name.endsWith(".xml.bz2")) {
            return Optional.empty();
        }
        Path index = dump.resolveSibling(name.substring(0, name.length() - ".xml.bz2".length()) + "-index.txt.bz2");
        return Files.isRegularFile(index) ? Optional.of(index) : Optional.empty();
    }

    public static MultistreamIndex read(Path file) throws IOException {
        List<Long> offsets = new ArrayList<>();
        long pages = 0;
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader lines = new BufferedReader(new InputStreamReader(
                     new BZip2CompressorInputStream(raw, true), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            long lineNumber = 0;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new DumpFormatException(file.toString(), 0, null,
                            "line " + lineNumber + " of the multistream index is not 'offset:page_id:title'", null);
                }
                long offset;
                try {
                    offset = Long.parseLong(line.substring(0, colon));
                } catch (NumberFormatException e) {
                    throw new DumpFormatException(file.toString(), 0, null,
                            "line " + lineNumber + " of the multistream index has no byte offset", e);
                }
                if (offsets.isEmpty() || offsets.get(offsets.size() - 1) != offset) {
                    offsets.add(offset);
                }
                pages++;
            }
        }
        return new MultistreamIndex(List.copyOf(offsets), pages);
    }
}
