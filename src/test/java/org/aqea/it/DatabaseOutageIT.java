package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aqea.testing.LexiconDatabaseProxy;
import org.aqea.testing.TcpProxy;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lexicon database becomes unreachable in the middle of a run (the proxy between server and database is cut):
 * the partitions go on and journal their chunks, the job stops before allocating with a clear status, and after
 * the replay and a restart the database holds exactly what an undisturbed run writes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final Path JOURNAL = Path.of(System.getenv().getOrDefault("AQEA_DATA_DIR", "data"), "journal");

    @Test
    void chunksTheDatabaseCannotTakeAreJournalledAndReplayed() throws Exception {
        TcpProxy proxy = proxy();
        ApiClient admin = ApiClient.admin();
        Path dump = Jobs.bz2("outage.xml.bz2", Jobs.pages(8_000, 77));
        String undisturbed = Jobs.undisturbedDigest(admin, dump);
        long first = startInSmallChunks(admin, dump);
        JsonNode stopped = endWithTheDatabaseCut(proxy, admin, first);
        assertEquals("STOPPED", stopped.get("status").asText(), stopped::toString);
        assertEquals("JOURNAL_PENDING", stopped.get("exitStatus").asText());
        for (JsonNode partition : stopped.get("partitions")) {
            assertEquals("COMPLETED", partition.get("status").asText(), "partitions go on without the database: " + partition);
        }
        long journalled = Metrics.sum(Metrics.application(), "aqea_entries_journalled_total", first);
        assertTrue(journalled > 0, "chunks went to the journal");
        JsonNode journal = admin.get("/api/status").body().get("journal");
        assertTrue(journal.get("pendingFiles").asInt() > 0, journal::toString);
        assertEquals(first, journal.get("executions").get(0).asLong());

        ApiClient.Answer refused = admin.post("/api/jobs", Jobs.request(dump, ""));
        assertEquals(409, refused.status(), "no new run before the replay");
        assertTrue(refused.body().get("detail").asText().contains("replay them first"), refused.body()::toString);

        long replay = Jobs.start(admin, "{\"source\":\"journal\"}");
        JsonNode replayed = Jobs.awaitEnd(admin, replay, 180);
        assertEquals("COMPLETED", replayed.get("status").asText(), replayed::toString);
        assertEquals(journalled, Metrics.sum(Metrics.application(), "aqea_entries_replayed_total", replay));
        assertEquals(0, admin.get("/api/status").body().get("journal").get("pendingFiles").asInt());
        assertEquals(400, admin.post("/api/jobs", "{\"source\":\"journal\"}").status(), "nothing left to replay");

        ApiClient.Answer restarted = admin.post("/api/jobs/" + first + "/restart", null);
        assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
        JsonNode completed = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 180);
        assertEquals("COMPLETED", completed.get("status").asText(), completed::toString);
        assertEquals(undisturbed, Database.entryDigest(), "the same entries and addresses as an undisturbed run");
        assertEveryMetricOfTheGrafanaDashboardIsExported();
    }

    /**
     * The lexicon database gone for the moment a restart takes (the proxy cut until the server's health says it is down,
     * then restored): the chunks wait through their tries, nothing goes to the journal, no page is rejected, and the
     * run completes with what an undisturbed run stores, without a hand on it.
     */
    @Test
    void aDatabaseBlipCostsAFewSecondsAndNothingElse() throws Exception {
        TcpProxy proxy = proxy();
        ApiClient admin = ApiClient.admin();
        Path dump = Jobs.bz2("blip.xml.bz2", Jobs.pages(8_000, 78));
        String undisturbed = Jobs.undisturbedDigest(admin, dump);
        long execution = startInSmallChunks(admin, dump);
        try {
            proxy.cut();
            long deadline = System.currentTimeMillis() + 10_000;
            while (admin.get("/api/health").status() != 503) {
                assertTrue(System.currentTimeMillis() < deadline, "the server never saw the lexicon database go");
                Thread.sleep(20);
            }
        } finally {
            proxy.restore();
        }
        JsonNode completed = Jobs.awaitEnd(admin, execution, 300);
        assertEquals("COMPLETED", completed.get("status").asText(), completed::toString);
        assertEquals(0, completed.get("rejects").size(), completed.get("rejects")::toString);
        assertEquals(0, Jobs.sum(completed, "itemsSkipped"));
        assertEquals(0, Metrics.sum(Metrics.application(), "aqea_entries_journalled_total", execution), "nothing journalled");
        assertEquals(undisturbed, Database.entryDigest(), "the same entries and addresses as an undisturbed run");
    }

    /**
     * After an outage that sent chunks to the journal, the database back: a restart of the run replays the run's own
     * journal in its allocation step, with no replay job by hand, and stores what an undisturbed run stores.
     */
    @Test
    void aRestartReplaysTheRunsOwnJournal() throws Exception {
        TcpProxy proxy = proxy();
        ApiClient admin = ApiClient.admin();
        Path dump = Jobs.bz2("outage-restart.xml.bz2", Jobs.pages(4_000, 79));
        String undisturbed = Jobs.undisturbedDigest(admin, dump);
        long first = startInSmallChunks(admin, dump);
        JsonNode stopped = endWithTheDatabaseCut(proxy, admin, first);
        assertEquals("JOURNAL_PENDING", stopped.get("exitStatus").asText(), stopped::toString);
        long journalled = Metrics.sum(Metrics.application(), "aqea_entries_journalled_total", first);
        assertTrue(journalled > 0, "chunks went to the journal");

        ApiClient.Answer restarted = admin.post("/api/jobs/" + first + "/restart", null);
        assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
        long restart = restarted.body().get("executionId").asLong();
        JsonNode completed = Jobs.awaitEnd(admin, restart, 180);
        assertEquals("COMPLETED", completed.get("status").asText(), completed::toString);
        assertEquals(journalled, Metrics.sum(Metrics.application(), "aqea_entries_replayed_total", restart),
                "the restart wrote every journalled entry");
        assertEquals(0, admin.get("/api/status").body().get("journal").get("pendingFiles").asInt());
        assertEquals(undisturbed, Database.entryDigest(), "the same entries and addresses as an undisturbed run");
    }

    /** After a run with an outage and a replay every series the Grafana dashboard draws exists. */
    private static void assertEveryMetricOfTheGrafanaDashboardIsExported() throws IOException {
        String exported = Metrics.metrics("/metrics");
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("\\b([a-z][a-zA-Z0-9_]*)\\{")
                .matcher(String.join("\n", new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(java.nio.file.Path.of("ops", "grafana", "aqea-extractor.json").toFile())
                        .findValuesAsText("expr")));
        while (name.find()) {
            names.add(name.group(1));
        }
        assertTrue(names.size() >= 12, names::toString);
        for (String metric : names) {
            assertTrue(java.util.regex.Pattern.compile("(?m)^" + metric + "\\{").matcher(exported).find(),
                    () -> metric + " is drawn by the Grafana dashboard but not exported");
        }
    }

    /** The execution's end while the lexicon database is cut off (health says so), the database back after it. */
    private static JsonNode endWithTheDatabaseCut(TcpProxy proxy, ApiClient admin, long execution) throws Exception {
        try {
            proxy.cut();
            JsonNode ended = Jobs.awaitEnd(admin, execution, 300);
            assertEquals(503, admin.get("/api/health").status(), "health tells that the lexicon database is down");
            return ended;
        } finally {
            proxy.restore();
        }
    }

    /** The proxy between the server and its lexicon database; the test is skipped without it. */
    private static TcpProxy proxy() {
        TcpProxy proxy = LexiconDatabaseProxy.get();
        assumeTrue(proxy != null, "needs the lexicon database proxy that ./mvnw verify sets up (AQEA_TEST_LEXICON_PROXY)");
        return proxy;
    }

    /** Starts a run of the dump in chunks of 50 pages on two threads, and waits until it has written its first chunk. */
    private static long startInSmallChunks(ApiClient admin, Path dump) throws Exception {
        long execution = Jobs.start(admin, Jobs.request(dump, ",\"chunkSize\":50,\"threads\":2"));
        awaitFirstChunk(admin, execution);
        return execution;
    }

    private static void awaitFirstChunk(ApiClient admin, long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = admin.get("/api/jobs/" + executionId).body();
            if (job.get("partitions").size() > 0 && Jobs.sum(job, "itemsWritten") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("execution " + executionId + " wrote no chunk within 120 s");
    }

    /** A failed run must not leave journal files behind: they would block every later extraction. */
    @AfterEach
    void removePendingJournals() throws IOException {
        if (Files.isDirectory(JOURNAL)) {
            try (Stream<Path> files = Files.list(JOURNAL)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
