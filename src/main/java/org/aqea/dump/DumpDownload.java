package org.aqea.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/**
 * Downloads a dump given by an http(s) URL into a cache folder, once: an interrupted download resumes where it
 * stopped (HTTP range request, guarded by the server's ETag or Last-Modified, so a file changed in between is
 * fetched anew), a download is complete only when it has the length the server announced, and a complete file
 * is used again as long as the server describes the same file.
 */
public final class DumpDownload {

    private static final Logger LOG = Logger.getLogger(DumpDownload.class.getName());
    private static final int ATTEMPTS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Path cache;
    private final Duration stallTimeout;

    public DumpDownload(Path cache) {
        this(cache, Duration.ofSeconds(60));
    }

    /** @param stallTimeout how long a download may receive nothing before it is dropped and resumed */
    public DumpDownload(Path cache, Duration stallTimeout) {
        this.cache = cache;
        this.stallTimeout = stallTimeout;
    }

    public static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** Where the dump of this URL is (or will be) kept: {@code <cache>/<host>/<file name>}. */
    public Path localPath(URI url) {
        String path = url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isBlank() || name.equals("..") || name.equals(".")) {
            throw new IllegalArgumentException("the URL " + url + " names no file");
        }
        return cache.resolve(url.getHost() + (url.getPort() > 0 ? "_" + url.getPort() : "")).resolve(name);
    }

    /** What the server says about the file: its length and a validator that changes when the file does. */
    public record Remote(long length, String validator) {
    }

    /** Asks the server about the file without downloading it; fails with a reason a user understands. */
    public Remote describe(URI url) throws IOException {
        HttpResponse<Void> head = send(HttpRequest.newBuilder(url).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding());
        if (head.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + head.statusCode());
        }
        return new Remote(head.headers().firstValueAsLong("Content-Length").orElse(-1), validator(head).orElse(""));
    }

    /**
     * The local copy of the dump, downloaded or completed first where needed.
     *
     * @param progress told the bytes on disk as they grow
     */
    public Path fetch(URI url, LongConsumer progress) throws IOException {
        Path file = localPath(url);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Path validatorFile = file.resolveSibling(file.getFileName() + ".source");
        Remote remote;
        try {
            remote = describe(url);
        } catch (IOException e) {
            if (Files.exists(file)) {
                LOG.warning(() -> "cannot ask " + url + " whether it changed (" + e.getMessage() + "); using " + file);
                return file;
            }
            throw e;
        }
        String identity = remote.length() + " " + remote.validator();
        if (Files.exists(file) && Files.exists(validatorFile) && Files.readString(validatorFile).equals(identity)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        if (!Files.exists(validatorFile) || !Files.readString(validatorFile).equals(identity)) {
            // Another file than the one partly downloaded: start over.
            Files.deleteIfExists(part);
            Files.writeString(validatorFile, identity);
        }
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                download(url, part, remote, progress);
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return file;
            } catch (IOException e) {
                last = e;
                int tried = attempt;
                LOG.warning(() -> "download of " + url + " interrupted (attempt " + tried + " of " + ATTEMPTS + "): "
                        + e.getMessage());
            }
        }
        throw new IOException("download of " + url + " failed " + ATTEMPTS + " times; the part downloaded is kept in "
                + part + " and the next attempt resumes it. Last error: " + last.getMessage(), last);
    }

    private void download(URI url, Path part, Remote remote, LongConsumer progress) throws IOException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
            if (!remote.validator().isEmpty()) {
                request.header("If-Range", remote.validator());
            }
        }
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        boolean resumed = response.statusCode() == 206;
        if (response.statusCode() != 200 && !resumed) {
            response.body().close();
            throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        long expected = remote.length();
        if (resumed) {
            expected = response.headers().firstValue("Content-Range").map(DumpDownload::totalOf).orElse(expected);
        } else {
            have = 0;
        }
        // The HTTP client has no read timeout for a body: a watchdog closes a stream that stalls.
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dump-download-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        try (InputStream in = response.body();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            long checkEvery = Math.max(1, stallTimeout.toMillis() / 4);
            watchdog.scheduleWithFixedDelay(() -> {
                if (System.nanoTime() - lastRead.get() > stallTimeout.toNanos() && !stalled.getAndSet(true)) {
                    closeQuietly(in);
                }
            }, checkEvery, checkEvery, TimeUnit.MILLISECONDS);
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                have += n;
                lastRead.set(System.nanoTime());
                progress.accept(have);
            }
        } catch (IOException e) {
            throw stalled.get() ? new IOException("nothing received for " + stallTimeout.toSeconds() + " s", e) : e;
        } finally {
            watchdog.shutdownNow();
        }
        if (stalled.get()) {
            throw new IOException("nothing received for " + stallTimeout.toSeconds() + " s");
        }
        if (expected >= 0 && have != expected) {
            throw new IOException("incomplete: " + have + " of " + expected + " bytes");
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the stream end either way
        }
    }

    private static long totalOf(String contentRange) {
        int slash = contentRange.lastIndexOf('/');
        String total = slash < 0 ? "*" : contentRange.substring(slash + 1).trim();
        return total.equals("*") ? -1 : Long.parseLong(total);
    }

    private static Optional<String> validator(HttpResponse<?> response) {
        Optional<String> etag = response.headers().firstValue("ETag");
        return etag.isPresent() && !etag.get().startsWith("W/") ? etag : response.headers().firstValue("Last-Modified");
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofMinutes(2)).build(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + request.build().uri(), e);
        }
    }
}
