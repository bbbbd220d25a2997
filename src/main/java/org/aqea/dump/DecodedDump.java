package org.aqea.dump;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * A dump file's bytes decompressed as its first bytes say (bz2, gzip or plain), whatever the format inside, with the
 * position in the file for progress.
 *
 * @param position bytes of the file consumed so far
 */
public record DecodedDump(InputStream stream, LongSupplier position) implements Closeable {

    private static final Logger LOG = Logger.getLogger(DecodedDump.class.getName());

    /** Decoder threads outside a server (the offline command, tests): daemons, so that they never hold the JVM. */
    public static final ThreadFactory DECODER_THREADS = runnable -> {
        Thread thread = new Thread(runnable, "bz2-decoder");
        thread.setDaemon(true);
        return thread;
    };

    /** Decompressing on the reader's thread, from {@code startOffset} (the start of a bz2 stream, or 0). */
    public static DecodedDump open(Path file, long startOffset) throws IOException {
        CountingInputStream counter = openCounting(file, startOffset);
        return new DecodedDump(decode(file, counter), counter::count);
    }

    /**
     * Decompressing on other threads than the reader's: with {@code lbzip2} where one is given ({@link Bzip2Decoder}:
     * native, on every core; the file must be bz2), else with the Java decoder ({@link #openJava}).
     *
     * @throws IOException when lbzip2 cannot be started; {@link #openReader} decides whether to fall back
     */
    private static DecodedDump openInParallel(Path file, ThreadFactory threads, Optional<Path> lbzip2) throws IOException {
        if (lbzip2.isPresent()) {
            NativeBzip2InputStream decoded = new NativeBzip2InputStream(lbzip2.get(), file, threads);
            return new DecodedDump(decoded, decoded::position);
        }
        return openJava(file, threads);
    }

    /** A dump format's reader on decoded bytes ({@link DumpReader}, Wikidata's lexemes reader). */
    @FunctionalInterface
    public interface Reader<T> {
        T open(DecodedDump decoded) throws IOException;
    }

    /**
     * A reader of the file decoded by {@link #openInParallel}, or by the Java decoders when lbzip2 does not run (it
     * cannot be started or executed; logged). Once lbzip2 runs, its errors are the dump's: a corrupt file is
     * reported by lbzip2, never read again by the other decoder.
     */
    public static <T> T openReader(Path file, ThreadFactory threads, Optional<Path> lbzip2, Reader<T> reader)
            throws IOException {
        if (lbzip2.isPresent() && isBzip2(file)) {
            try {
                return reader.open(openInParallel(file, threads, lbzip2));
            } catch (IOException e) {
                Optional<Throwable> notRunnable = causes(e).filter(NativeBzip2InputStream.NotRunnable.class::isInstance).findFirst();
                if (notRunnable.isEmpty()) {
                    throw e;
                }
                LOG.warning(() -> notRunnable.get().getMessage() + "; the Java decoder reads " + file + " instead");
            }
        }
        return reader.open(openJava(file, threads));
    }

    /** The exception and its causes, the nested exceptions of the XML reader's included. */
    private static Stream<Throwable> causes(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, t -> t instanceof XMLStreamException xml && xml.getNestedException() != null
                && xml.getNestedException() != t.getCause() ? xml.getNestedException() : t.getCause()).limit(16);
    }

    /** As {@link #openInParallel} without lbzip2. */
    public static DecodedDump openJava(Path file, ThreadFactory threads) throws IOException {
        Optional<Path> index = MultistreamIndex.beside(file);
        if (index.isPresent()) {
            return openSlices(file, MultistreamIndex.read(index.get()), Runtime.getRuntime().availableProcessors(), threads);
        }
        CountingInputStream counter = openCounting(file, 0);
        InputStream decoded = decode(file, counter);
        if (decoded == counter) {
            return new DecodedDump(decoded, counter::count);
        }
        ReadAheadInputStream ahead = new ReadAheadInputStream(new DecoderChunks(decoded, counter), 1, 4, threads);
        return new DecodedDump(ahead, ahead::position);
    }

    /** The streams of a bz2 multistream file decompressed on {@code threads} threads, in file order. */
    static DecodedDump openSlices(Path file, MultistreamIndex index, int threads, ThreadFactory threadFactory)
            throws IOException {
        StreamSlices slices = new StreamSlices(file, index.streamOffsets());
        ReadAheadInputStream ahead = new ReadAheadInputStream(slices, threads, threads * 2, threadFactory);
        return new DecodedDump(ahead, ahead::position);
    }

    private static boolean isBzip2(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return isBzip2(in.readNBytes(3));
        }
    }

    private static boolean isBzip2(byte[] magic) {
        return magic.length == 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h';
    }

    private static CountingInputStream openCounting(Path file, long startOffset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(startOffset);
        return new CountingInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), startOffset);
    }

    /** The file's bytes decompressed as their first bytes say (or as they are); a file it cannot read is closed. */
    private static InputStream decode(Path file, CountingInputStream counter) throws IOException {
        try {
            counter.mark(4);
            byte[] magic = counter.readNBytes(3);
            counter.reset();
            if (isBzip2(magic)) {
                // true: a multistream dump is a concatenation of bz2 streams, all of which belong to the dump.
                return new BufferedInputStream(new BZip2CompressorInputStream(counter, true), 1 << 16);
            }
            if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
                return new BufferedInputStream(new GZIPInputStream(counter, 1 << 16), 1 << 16);
            }
            return counter;
        } catch (IOException | RuntimeException e) {
            counter.close();
            throw new DumpFormatException(file.toString(), counter.count(), null,
                    "not a readable dump: truncated or corrupt compressed data: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
