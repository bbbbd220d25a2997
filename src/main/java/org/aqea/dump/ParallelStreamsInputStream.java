package org.aqea.dump;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.Future;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The decompressed bytes of a bz2 multistream dump, decompressed by several threads: each slice between two
 * stream offsets of the index is an independent bz2 stream, so slices are decompressed in parallel, a few
 * ahead of the reader, and handed out in file order. The result is byte for byte what a sequential decoder gives.
 */
final class ParallelStreamsInputStream extends InputStream {

    private final FileChannel file;
    private final ExecutorService decoders;
    private final List<long[]> slices = new ArrayList<>();
    private final Deque<Future<byte[]>> ahead = new ArrayDeque<>();
    private final int window;
    private int nextSlice;
    private long position;
    private InputStream current = InputStream.nullInputStream();

    ParallelStreamsInputStream(Path dump, List<Long> streamOffsets, int threads, ThreadFactory threadFactory) throws IOException {
        this.file = FileChannel.open(dump, StandardOpenOption.READ);
        long start = 0;
        for (long offset : streamOffsets) {
            if (offset > start) {
                slices.add(new long[] {start, offset});
                start = offset;
            }
        }
        slices.add(new long[] {start, file.size()});
        this.window = threads * 2;
        this.decoders = Executors.newFixedThreadPool(threads, threadFactory);
    }

    /** Compressed bytes up to the end of the slice being read. */
    long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = current.read(buffer, offset, length);
            if (n >= 0 || !advance()) {
                return n;
            }
        }
    }

    private boolean advance() throws IOException {
        while (ahead.size() < window && nextSlice < slices.size()) {
            long[] slice = slices.get(nextSlice++);
            ahead.add(decoders.submit(() -> decode(slice[0], slice[1])));
        }
        Future<byte[]> next = ahead.poll();
        if (next == null) {
            return false;
        }
        try {
            current = new ByteArrayInputStream(next.get());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decompressing", e);
        }
        position = slices.get(nextSlice - ahead.size() - 1)[1];
        return true;
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
        decoders.shutdownNow();
        file.close();
    }
}
