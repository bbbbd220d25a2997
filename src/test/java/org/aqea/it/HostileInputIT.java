package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile callers and input get nowhere: dumps only from the allowed folders and hosts (the server never even
 * connects elsewhere), no cross-site changes, security headers on every answer, problem documents for every bad
 * request, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private final ApiClient admin = ApiClient.admin();

    @Test
    void dumpsComeOnlyFromAllowedFoldersAndHostsAndForbiddenAddressesAreNeverContacted() throws Exception {
        AtomicInteger contacted = new AtomicInteger();
        HttpServer trap = trap(contacted);
        Path folder = Jobs.bz2("allowed.xml.bz2", Jobs.pages(5, 51)).getParent();
        Path outside = Files.createTempDirectory("outside");
        Path escape = folder.resolve("escape-link.xml.bz2");
        Files.deleteIfExists(escape);
        Files.createSymbolicLink(escape, Files.writeString(outside.resolve("secret.xml"), "<mediawiki/>"));
        int port = trap.getAddress().getPort();
        try {
            List<String> refused = List.of("/etc/passwd", folder + "/../../pom.xml", folder + "/%2e%2e/%2e%2e/pom.xml",
                    escape.toString(), "../../pom.xml", "file:///etc/passwd", "ftp://dumps.wikimedia.org/x.xml.bz2",
                    "http://127.0.0.1:" + port + "/d.xml.bz2", "http://[::1]:" + port + "/d.xml.bz2",
                    "http://localhost:" + port + "/d.xml.bz2", "http://169.254.169.254/latest/meta-data/",
                    "http://2130706433:" + port + "/d.xml.bz2", "http://[::ffff:127.0.0.1]:" + port + "/d.xml.bz2",
                    "http://0x7f.1:" + port + "/d.xml.bz2", "https://admin@dumps.wikimedia.org/x.xml.bz2",
                    "http://dumps.wikimedia.org/dewiktionary/latest/dewiktionary-latest-pages-articles.xml.bz2");
            for (String dump : refused) {
                ApiClient.Answer answer = admin.post("/api/jobs", Jobs.request(dump, ""));
                assertEquals(400, answer.status(), () -> dump + ": " + answer.body());
                assertEquals("application/problem+json", answer.contentType(), dump);
                String detail = answer.body().get("detail").asText();
                assertTrue(detail.contains("not allowed") || detail.contains("not in an allowed dump folder")
                        || detail.contains("neither a path nor") || detail.contains("does not exist"), () -> dump + ": " + detail);
            }
            assertEquals(0, contacted.get(), "no request reached a forbidden address");
        } finally {
            trap.stop(0);
        }
    }

    @Test
    void aRedirectFromAnAllowedHostToAForbiddenAddressIsNotFollowed() throws Exception {
        AtomicInteger contacted = new AtomicInteger();
        HttpServer trap = trap(contacted);
        HttpServer allowed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.getInteger("aqea.test.dumphost.port")), 0);
        allowed.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + trap.getAddress().getPort() + "/x.xml.bz2");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        allowed.start();
        try {
            ApiClient.Answer answer = admin.post("/api/jobs", Jobs.request("http://127.0.0.1:" + allowed.getAddress().getPort()
                    + "/dewiktionary-latest-pages-articles.xml.bz2", ""));
            assertEquals(400, answer.status(), () -> String.valueOf(answer.body()));
            assertTrue(answer.body().get("detail").asText().contains("not allowed"), answer.body()::toString);
            assertEquals(0, contacted.get(), "the redirect target was never contacted");
        } finally {
            allowed.stop(0);
            trap.stop(0);
        }
    }

    /** A loopback server that must never be reached: it counts every request. */
    private static HttpServer trap(AtomicInteger contacted) throws IOException {
        HttpServer trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", exchange -> {
            contacted.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
        return trap;
    }

    @Test
    void badBodiesAreProblemsNeverServerErrors() {
        List<String> bodies = List.of("", "{", "[]", "null", "\"x\"", "{\"source\": 5}", "{\"source\":\"wiktionary-dump\","
                + "\"edition\":\"de\",\"dump\":\"x\",\"chunkSize\":\"many\"}", "{\"source\":\"wiktionary-dump\",\"language\":"
                + "\"de\",\"dump\":\"x\",\"chunkSize\":999999}", "{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":"
                + "\"x\",\"threads\":100000}", "{\"source\":\"wiktionary-dump\",\"language\":[\"de\"]}",
                "{\"source\":\"" + "x".repeat(100_000) + "\"}");
        for (String body : bodies) {
            ApiClient.Answer answer = admin.post("/api/jobs", body);
            assertTrue(answer.status() >= 400 && answer.status() < 500, () -> body + ": " + answer.status() + " " + answer.body());
        }
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":\"x\","
                + "\"chunkSize\":999999}"), "chunkSize must be 1 to 5000");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":\"x\","
                + "\"threads\":100000}"), "threads must be 1 to 64");
    }

    @Test
    void changesNeedTheCustomHeaderSoCrossSiteFormsCannotMakeThem() {
        ApiClient.Answer form = admin.postAsForm("/api/jobs/1/stop", "x=1");
        assertEquals(403, form.status(), () -> String.valueOf(form.body()));
        assertTrue(form.body().get("detail").asText().contains("X-Requested-With"), form.body()::toString);
        assertEquals(403, admin.postAsForm("/api/jobs", "source=journal").status());
        assertEquals(403, admin.postAsForm("/api/jobs/1/restart", "").status());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/app.js", "/api/jobs", "/api/nothing-here")) {
            HttpHeaders headers = admin.headers(path);
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertTrue(!headers.firstValue("Content-Security-Policy").orElse("").contains("unsafe-inline"), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void aClientOverItsRateIsAnsweredTooManyRequestsWithRetryAfter() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(("reader:"
                + ApiClient.secret("AQEA_READER_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ApiClient.BASE + "/api/me"))
                .header("Authorization", authorization).build();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            answers.add(clients.submit(() -> http.send(request, HttpResponse.BodyHandlers.ofString())));
        }
        List<HttpResponse<String>> tooMany = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 429, () -> String.valueOf(response.statusCode()));
            if (response.statusCode() == 429) {
                tooMany.add(response);
            }
        }
        clients.shutdown();
        assertTrue(tooMany.size() > 0 && tooMany.size() < 400, "some answered 429: " + tooMany.size());
        long retryAfter = Long.parseLong(tooMany.get(0).headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
        assertTrue(tooMany.get(0).body().contains("requests a second"), tooMany.get(0).body());
        Thread.sleep(3_000);
        assertEquals(200, ApiClient.reader().get("/api/me").status(), "the bucket refills");
    }

    /** The rate is the address's: a client that claims a new user name in every request gets no new bucket. */
    @Test
    void madeUpUserNamesGetNoBucketOfTheirOwn() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ApiClient.BASE + "/api/me")).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(("made-up-" + i + ":x").getBytes(StandardCharsets.UTF_8))).build();
            answers.add(clients.submit(() -> http.send(request, HttpResponse.BodyHandlers.ofString())));
        }
        int tooMany = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            tooMany += answer.get(60, TimeUnit.SECONDS).statusCode() == 429 ? 1 : 0;
        }
        clients.shutdown();
        assertTrue(tooMany > 0, "some of 400 requests with 400 names answered 429");
        // The failed names lock this address out for every name (3 s in the tests): wait for the end, for the next tests.
        long deadline = System.currentTimeMillis() + 15_000;
        while (ApiClient.reader().get("/api/me").status() != 200) {
            assertTrue(System.currentTimeMillis() < deadline, "the address's lock-out never ended");
            Thread.sleep(100);
        }
    }

    @Test
    void repeatedFailedLoginsLockTheUserOutFromThatAddressForAWhile() throws Exception {
        ApiClient wrong = ApiClient.as("reader", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/api/me").status());
        }
        ApiClient.Answer locked = ApiClient.reader().get("/api/me");
        assertEquals(429, locked.status(), "even the right password waits: " + locked.body());
        assertTrue(locked.body().get("detail").asText().contains("too many failed log-ins"), locked.body()::toString);
        assertEquals(200, ApiClient.admin().get("/api/me").status(), "another user is not locked out");
        Thread.sleep(3_500);
        assertEquals(200, ApiClient.reader().get("/api/me").status(), "the lock-out ends (3 s in the tests)");
    }

    private static void assertProblem(ApiClient.Answer answer, String detail) {
        assertEquals(400, answer.status(), () -> String.valueOf(answer.body()));
        assertTrue(answer.body().get("detail").asText().contains(detail), answer.body()::toString);
    }
}
