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
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/**
 * Downloads a dump given by an http(s) URL into a cache folder, once: an interrupted download resumes where it
 * stopped (HTTP range request, guarded by the server's ETag or Last-Modified, so a file changed in between is
 * fetched anew), a download is complete only when it has the length the server announced and, where the dump
 * server publishes a {@code sha1sums} file beside it, the SHA-1 listed there; a complete file is used again as
 * long as the server describes the same file. Every URL it requests, redirects included, passes the caller's
 * check first; a dump larger than the limit or than the free disk is not downloaded. Every request names the product
 * and the operator ({@link UserAgent}).
 */
public final class DumpDownload {

    private static final Logger LOG = Logger.getLogger(DumpDownload.class.getName());
    private static final int ATTEMPTS = 5;

    private static final int MAX_REDIRECTS = 5;
    /** Disk space a download leaves free for the shards and the database. */
    private static final long DISK_RESERVE = 1L << 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Path cache;
    private final Duration stallTimeout;
    private final Consumer<URI> urlCheck;
    private final long maxBytes;
    private final Optional<String> contact;

    /**
     * @param stallTimeout how long a download may receive nothing before it is dropped and resumed
     * @param urlCheck     throws for a URL that must not be requested (the first one and every redirect)
     * @param maxBytes     the largest file it downloads
     * @param contact      the operator's e-mail address or web page, for the User-Agent ({@link UserAgent})
     */
    public DumpDownload(Path cache, Duration stallTimeout, Consumer<URI> urlCheck, long maxBytes, Optional<String> contact) {
        this.cache = cache;
        this.stallTimeout = stallTimeout;
        this.urlCheck = urlCheck;
        this.maxBytes = maxBytes;
        this.contact = contact;
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

    /** The server's validator of the file as it was when downloaded, or empty. */
    public String validatorOf(URI url) throws IOException {
        Path validatorFile = validatorFile(localPath(url));
        if (!Files.exists(validatorFile)) {
            return "";
        }
        String identity = Files.readString(validatorFile);
        return identity.substring(identity.indexOf(' ') + 1);
    }

    /** Beside a downloaded dump: the length and validator the server gave for it, {@code <length> <validator>}. */
    private static Path validatorFile(Path dump) {
        return dump.resolveSibling(dump.getFileName() + ".source");
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
        long length = head.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > maxBytes) {
            throw new IOException(url + " has " + length + " bytes, more than the limit of " + maxBytes
                    + " (AQEA_MAX_DUMP_BYTES)");
        }
        return new Remote(length, validator(head).orElse(""));
    }

    /**
     * The local copy of the dump, downloaded or completed first where needed.
     *
     * @param progress told the bytes on disk as they grow
     * @param threads  makes the thread that watches for a stalled download (the server's managed threads)
     */
    public Path fetch(URI url, LongConsumer progress, ThreadFactory threads) throws IOException {
        Path file = localPath(url);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Path validatorFile = validatorFile(file);
        // No answer is no proof that a cached copy is still the current file: the run fails rather than guess.
        Remote remote = describe(url);
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
        long have = Files.exists(part) ? Files.size(part) : 0;
        long free = Files.getFileStore(file.getParent()).getUsableSpace();
        if (remote.length() >= 0 && remote.length() - have > free - DISK_RESERVE) {
            throw new IOException(url + " needs " + (remote.length() - have) + " more bytes; the disk of " + cache
                    + " has " + free + " free, of which " + DISK_RESERVE + " stay free");
        }
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                download(url, part, remote, progress, threads);
                verifyPublishedChecksum(url, part);
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return file;
            } catch (ChecksumMismatch e) {
                throw e;
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

    private void download(URI url, Path part, Remote remote, LongConsumer progress, ThreadFactory threads) throws IOException {
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
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(threads);
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
                if (have > maxBytes) {
                    throw new IOException("more than the limit of " + maxBytes + " bytes (AQEA_MAX_DUMP_BYTES)");
                }
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

    /** The SHA-1 of a download differs from the one its dump server publishes. */
    private static final class ChecksumMismatch extends IOException {
        ChecksumMismatch(String message) {
            super(message);
        }
    }

    /**
     * Compares the download with the SHA-1 that Wikimedia publishes beside a dump
     * ({@code <wiki>-<date>-sha1sums.txt}); a dump without such a file is taken as it is. A mismatch deletes the
     * download: resuming it could never repair it.
     */
    private void verifyPublishedChecksum(URI url, Path part) throws IOException {
        String name = localPath(url).getFileName().toString();
        String[] nameParts = name.split("-");
        if (nameParts.length < 3) {
            return;
        }
        URI sums = url.resolve(nameParts[0] + "-" + nameParts[1] + "-sha1sums.txt");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(sums), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            LOG.info(() -> "no published checksum for " + url + " (" + sums + " answered HTTP " + answer.statusCode() + ")");
            return;
        }
        String published = answer.body().lines().map(line -> line.trim().split("\\s+"))
                .filter(fields -> fields.length == 2 && fields[1].equals(name)).map(fields -> fields[0].toLowerCase())
                .findFirst().orElse(null);
        if (published == null) {
            return;
        }
        String actual = FileDigest.sha1(part);
        if (!actual.equals(published)) {
            Files.delete(part);
            throw new ChecksumMismatch("the download of " + url + " has SHA-1 " + actual + ", but " + sums
                    + " lists " + published + "; the download was deleted");
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

    /**
     * Sends the request, following redirects itself so that each target passes the URL check. Network errors are
     * reported without the client's own message: that would tell a caller what lies behind an address.
     */
    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException {
        HttpRequest sent = request.timeout(Duration.ofMinutes(2)).header("User-Agent", UserAgent.of(contact)).build();
        for (int redirects = 0; ; redirects++) {
            urlCheck.accept(sent.uri());
            if (contact.isEmpty() && UserAgent.isWikimedia(sent.uri().getHost())) {
                throw new IOException("Wikimedia asks every client to say who runs it (its User-Agent policy) and blocks"
                        + " those that do not: set AQEA_OPERATOR_CONTACT to your e-mail address or web page");
            }
            HttpResponse<T> response;
            try {
                response = http.send(sent, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while talking to " + sent.uri(), e);
            } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
                throw new IOException(sent.uri().getHost() + " cannot be reached", e);
            }
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            if (response.body() instanceof InputStream stream) {
                stream.close();
            }
            if (redirects == MAX_REDIRECTS) {
                throw new IOException(sent.uri() + " redirects more than " + MAX_REDIRECTS + " times");
            }
            URI target = sent.uri().resolve(location.get());
            sent = HttpRequest.newBuilder(sent, (name, value) -> true).uri(target).build();
        }
    }
}
