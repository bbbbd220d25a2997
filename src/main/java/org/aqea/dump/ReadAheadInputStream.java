package org.aqea.dump;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Decompressed bytes made ahead of the reader on other threads and handed out in order, so that decompressing and
 * reading the XML use two cores instead of taking turns on one. The chunks come from tasks run by a pool of
 * decoder threads, a window of them ahead of the reader: independent bz2 streams of a multistream dump on several
 * threads, or the next piece of one decompressor on one thread (whose tasks then run in order).
 */
final class ReadAheadInputStream extends InputStream {

    /** Some decompressed bytes, and how far into the file the decompressor had read once it had made them. */
    record Chunk(byte[] bytes, long position) {
    }

    /**
     * The tasks that make the chunks, in order: the next one, or {@code null} when all are given; a task's
     * {@code null} chunk ends the bytes. Closed with the stream.
     */
    interface Source extends Supplier<Callable<Chunk>>, Closeable {
    }

    private final Source tasks;
    private final ExecutorService decoders;
    private final Deque<Future<Chunk>> ahead = new ArrayDeque<>();
    private final int window;
    private boolean lastTaskGiven;
    private boolean ended;
    private long position;
    private InputStream current = InputStream.nullInputStream();

    /**
     * @param threads decoder threads (1 keeps the tasks in order)
     * @param window  tasks given out ahead of the reader
     */
    ReadAheadInputStream(Source tasks, int threads, int window, ThreadFactory threadFactory) {
        this.tasks = tasks;
        this.window = window;
        this.decoders = Executors.newFixedThreadPool(threads, threadFactory);
    }

    /** Bytes of the file the decompressor had read when it made the chunk being read. */
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
        while (!ended && !lastTaskGiven && ahead.size() < window) {
            Callable<Chunk> task = tasks.get();
            if (task == null) {
                lastTaskGiven = true;
            } else {
                ahead.add(decoders.submit(task));
            }
        }
        Future<Chunk> next = ended ? null : ahead.poll();
        if (next == null) {
            return false;
        }
        Chunk chunk;
        try {
            chunk = next.get();
        } catch (ExecutionException e) {
            ended = true;
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decompressing", e);
        }
        if (chunk == null) {
            ended = true;
            return false;
        }
        current = new ByteArrayInputStream(chunk.bytes());
        position = chunk.position();
        return true;
    }

    @Override
    public void close() throws IOException {
        decoders.shutdownNow();
        tasks.close();
    }
}
