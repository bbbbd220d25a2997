package org.aqea.dump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bz2 file decompressed by lbzip2 in its own process: native code on every core, for single-stream files too (it
 * finds the blocks itself), with the same CRC checks as the Java decoder (like it, after handing out a block's
 * bytes). The file is fed to it through a pipe, so that the position of a failure is known; a failure of lbzip2 (its
 * exit status and what it printed) reaches the reader as an {@link IOException} once its output ends, as a corrupt
 * stream does from the Java decoder.
 */
final class NativeBzip2InputStream extends InputStream {

    /** lbzip2 did not run: it could not be started, or the system could not execute it (exit status 126 or 127). */
    static final class NotRunnable extends IOException {
        NotRunnable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Process process;
    private final InputStream output;
    private final Path messages;
    private final Thread feeder;
    private final AtomicLong fed = new AtomicLong();
    private volatile IOException feedFailure;

    /** Starts lbzip2 on the file, and the thread that feeds it. */
    NativeBzip2InputStream(Path lbzip2, Path file, ThreadFactory threads) throws IOException {
        this.messages = Files.createTempFile("aqea-lbzip2-", ".txt");
        try {
            this.process = new ProcessBuilder(lbzip2.toString(), "-d", "-c",
                    "-n", Integer.toString(Runtime.getRuntime().availableProcessors()))
                    .redirectError(messages.toFile()).start();
        } catch (IOException e) {
            Files.deleteIfExists(messages);
            throw new NotRunnable("lbzip2 (" + lbzip2 + ") cannot be started: " + e.getMessage(), e);
        }
        this.output = new BufferedInputStream(process.getInputStream(), 1 << 16);
        this.feeder = threads.newThread(() -> feed(file));
        feeder.start();
    }

    private void feed(Path file) {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
             OutputStream stdin = process.getOutputStream();
             WritableByteChannel out = Channels.newChannel(stdin)) {
            while (in.read(buffer.clear()) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    fed.addAndGet(out.write(buffer));
                }
            }
        } catch (IOException e) {
            // lbzip2 stopped reading (it failed, or the reader closed early): its exit status says which.
            feedFailure = e;
        }
    }

    /** Bytes of the file handed to lbzip2 so far. */
    long position() {
        return fed.get();
    }

    @Override
    public int read() throws IOException {
        int b = output.read();
        return b >= 0 ? b : ended();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = output.read(buffer, offset, length);
        return n >= 0 || length == 0 ? n : ended();
    }

    private int ended() throws IOException {
        try {
            int status = process.waitFor();
            feeder.join();
            if (status != 0) {
                String said = Files.readString(messages, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
                String message = "lbzip2 exited with status " + status + (said.isEmpty() ? "" : ": " + said);
                // The shell's statuses for a program it cannot execute or find; lbzip2's own errors are 1.
                throw status == 126 || status == 127 ? new NotRunnable(message, null) : new IOException(message);
            }
            if (feedFailure != null) {
                throw new IOException("lbzip2 took only " + fed.get() + " bytes of the file", feedFailure);
            }
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while lbzip2 decompressed", e);
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        feeder.interrupt();
        try {
            output.close();
        } finally {
            Files.deleteIfExists(messages);
        }
    }
}
