package org.aqea.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;

/**
 * One decompressor read a piece at a time, each piece a task; run on one thread, the tasks read it in order, ahead
 * of the XML reader on another core. The piece is big enough that handing it over costs nothing next to making it.
 */
final class DecoderChunks implements ReadAheadInputStream.Source {

    private static final int PIECE = 1 << 20;

    private final InputStream decoded;
    private final CountingInputStream file;

    /** @param decoded the decompressor over {@code file} */
    DecoderChunks(InputStream decoded, CountingInputStream file) {
        this.decoded = decoded;
        this.file = file;
    }

    @Override
    public Callable<ReadAheadInputStream.Chunk> get() {
        return () -> {
            byte[] bytes = decoded.readNBytes(PIECE);
            return bytes.length == 0 ? null : new ReadAheadInputStream.Chunk(bytes, file.count());
        };
    }

    @Override
    public void close() throws IOException {
        decoded.close();
    }
}
