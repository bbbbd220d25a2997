package org.aqea.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads against a real HTTP server on loopback that can stall a response half-way. */
class DumpDownloadTest {

    private static final ThreadFactory DAEMONS = runnable -> {
        Thread thread = new Thread(runnable, "test-download-watchdog");
        thread.setDaemon(true);
        return thread;
    };


    @TempDir
    Path cache;

    private HttpServer server;
    private volatile byte[] content = bytes(1, 300_000);
    private volatile String etag = "\"v1\"";
    private volatile int stallsLeft;
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private static final Optional<String> CONTACT = Optional.of("dumps@example.org");

    private static byte[] bytes(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/dumps/dewiktionary-latest-pages-articles.xml.bz2", this::serve);
        server.start();
    }

    @AfterEach
    void stopServer() {
        released.countDown();
        server.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dumps/dewiktionary-latest-pages-articles.xml.bz2");
    }

    private void serve(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
        requests.add(exchange.getRequestMethod() + (range == null ? "" : " " + range));
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        byte[] body = content;
        exchange.getResponseHeaders().set("ETag", etag);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        int from = 0;
        if (range != null && (ifRange == null || ifRange.equals(etag))) {
            from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            int length = body.length - from;
            if (stallsLeft > 0) {
                stallsLeft--;
                out.write(body, from, length / 2);
                out.flush();
                released.await(30, TimeUnit.SECONDS);
                return;
            }
            out.write(body, from, length);
        } catch (IOException | InterruptedException gone) {
            exchange.close();
        }
    }

    @Test
    void aStalledDownloadResumesWhereItStoppedAndIsCompleteOnlyAtFullLength() throws IOException {
        stallsLeft = 1;
        DumpDownload download = new DumpDownload(cache, Duration.ofSeconds(1), url -> { }, Long.MAX_VALUE, CONTACT);
        Path file = download.fetch(url(), bytes -> { }, DAEMONS);
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(download.localPath(url()), file);
        assertTrue(requests.stream().anyMatch(r -> r.matches("GET bytes=[1-9][0-9]*-")), "resumed with a range: " + requests);
        assertEquals(2, requests.stream().filter(r -> r.startsWith("GET")).count(), requests::toString);
    }

    @Test
    void aCompleteDownloadIsUsedAgainUntilTheServerHasAnotherFile() throws IOException {
        DumpDownload download = new DumpDownload(cache, Duration.ofSeconds(1), url -> { }, Long.MAX_VALUE, CONTACT);
        download.fetch(url(), bytes -> { }, DAEMONS);
        download.fetch(url(), bytes -> { }, DAEMONS);
        assertEquals(1, requests.stream().filter(r -> r.startsWith("GET")).count(), "downloaded once: " + requests);

        content = bytes(2, 200_000);
        etag = "\"v2\"";
        Path file = download.fetch(url(), bytes -> { }, DAEMONS);
        assertArrayEquals(content, Files.readAllBytes(file), "a changed file is fetched anew");
    }

    @Test
    void aPartOfAnotherVersionIsNotResumed() throws IOException {
        stallsLeft = 5;
        DumpDownload download = new DumpDownload(cache, Duration.ofSeconds(1), url -> { }, Long.MAX_VALUE, CONTACT);
        IOException failed = assertThrows(IOException.class, () -> download.fetch(url(), bytes -> { }, DAEMONS));
        assertTrue(failed.getMessage().contains("the next attempt resumes it"), failed.getMessage());

        content = bytes(3, 250_000);
        etag = "\"v3\"";
        requests.clear();
        Path file = download.fetch(url(), bytes -> { }, DAEMONS);
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(List.of("HEAD", "GET"), requests, "started over without a range");
    }

    @Test
    void aMissingFileIsReportedWithTheServersAnswer() {
        DumpDownload download = new DumpDownload(cache, Duration.ofSeconds(1), url -> { }, Long.MAX_VALUE, CONTACT);
        URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dumps/none.xml.bz2");
        IOException error = assertThrows(IOException.class, () -> download.describe(missing));
        assertTrue(error.getMessage().contains("answered HTTP 404"), error.getMessage());
    }

    @Test
    void everyRequestNamesTheProductAndTheOperator() throws IOException {
        new DumpDownload(cache, Duration.ofSeconds(1), url -> { }, Long.MAX_VALUE, CONTACT).fetch(url(), bytes -> { }, DAEMONS);
        assertEquals(List.of("HEAD", "GET"), requests);
        assertEquals(List.of("AQEA-Extractor/0.1.0 (dumps@example.org) Java-http-client/" + Runtime.version().feature()),
                userAgents.stream().distinct().toList());
    }

    /** Refused before any request: nothing leaves the machine. */
    @Test
    void aDownloadFromWikimediaNeedsTheOperatorsContact() {
        DumpDownload anonymous = new DumpDownload(cache, Duration.ofSeconds(1), url -> { }, Long.MAX_VALUE, Optional.empty());
        IOException refused = assertThrows(IOException.class, () -> anonymous.describe(
                URI.create("https://dumps.wikimedia.org/dewiktionary/latest/dewiktionary-latest-pages-articles.xml.bz2")));
        assertEquals("Wikimedia asks every client to say who runs it (its User-Agent policy) and blocks those that do not:"
                + " set AQEA_OPERATOR_CONTACT to your e-mail address or web page", refused.getMessage());
        assertTrue(UserAgent.isWikimedia("de.wiktionary.org") && !UserAgent.isWikimedia("ftp.acc.umu.se")
                && !UserAgent.isWikimedia("notwikimedia.org"));
    }
}
