package org.aqea.dump;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The bz2 streams of a multistream dump as independent tasks, in file order: each slice between two stream offsets
 * of the index decompresses on its own, so several threads can decompress ahead of the reader; together the chunks
 * are byte for byte what a sequential decoder gives.
 */
final class StreamSlices implements ReadAheadInputStream.Source {

    private final FileChannel file;
    private final List<long[]> slices = new ArrayList<>();
    private int next;

    StreamSlices(Path dump, List<Long> streamOffsets) throws IOException {
        this.file = FileChannel.open(dump, StandardOpenOption.READ);
        long start = 0;
        for (long offset : streamOffsets) {
            if (offset > start) {
                slices.add(new long[] {start, offset});
                start = offset;
            }
        }
        slices.add(new long[] {start, file.size()});
    }

    @Override
    public Callable<ReadAheadInputStream.Chunk> get() {
        if (next == slices.size()) {
            return null;
        }
        long[] slice = slices.get(next++);
        return () -> new ReadAheadInputStream.Chunk(decode(slice[0], slice[1]), slice[1]);
    }

    private byte[] decode(long start, long end) throws IOException {
        ByteBuffer compressed = ByteBuffer.allocate(Math.toIntExact(end - start));
        while (compressed.hasRemaining()) {
            if (file.read(compressed, start + compressed.position()) < 0) {
                throw new IOException("the file ends at " + (start + compressed.position()) + ", before the stream at "
                        + start + " that the index announces");
            }
        }
        try (InputStream bz2 = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed.array()), true)) {
            return bz2.readAllBytes();
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
