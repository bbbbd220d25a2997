package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The package the build makes, {@code target/aqea-extractor.jar}, started as an operator starts it: {@code java -jar}
 * with environment variables, on ports of its own, against the test database. It runs a job; stopped as systemd
 * stops it (SIGTERM) in the middle of a job, it leaves the execution STOPPED at a checkpoint, and after a new start
 * the restart completes it with what an undisturbed run stores. A malformed setting stops its start.
 * Runs after the Arquillian tests (see the failsafe executions), so that one server at a time uses the database.
 */
class PackagedServerIT {

    /** The machine's own PostgreSQL (trust on loopback), whose default allows no prepared transactions. */
    private static final String NO_TWO_PHASE_COMMIT = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final Path HOME = Path.of("target", "packaged-server").toAbsolutePath();
    private static final PackagedServer PACKAGED = PackagedServer.liberty(HOME, 19080);
    private static final String BASE = PACKAGED.base();

    @Test
    void aJobStoppedBySigtermInTheMiddleIsRestartedToWhatAnUndisturbedRunStores() throws Exception {
        assertSigtermInTheMiddleIsRestartedToAnUndisturbedRun(PACKAGED, "STOPPED");
    }

    /**
     * A job run by the package, then another stopped by SIGTERM in the middle: after the next start the execution has
     * the status the server gives a job it stopped, stands at a checkpoint in the middle, and its restart stores what
     * the undisturbed run stored. With reading open, reads may be kept by shared caches.
     */
    static void assertSigtermInTheMiddleIsRestartedToAnUndisturbedRun(PackagedServer packaged, String statusAfterStop)
            throws Exception {
        String base = packaged.base();
        Path dump = Jobs.bz2("packaged.xml.bz2", Jobs.pages(12_000, 17));
        ApiClient admin = ApiClient.admin().at(base);
        Process server = packaged.start(Map.of("AQEA_OPEN_READ", "true"), "first");
        String undisturbed;
        long interrupted;
        try {
            ApiClient.anonymous().at(base).awaitHealthy(server::isAlive);
            Database.clear();
            Jobs.run(admin, Jobs.request(dump, ""));
            undisturbed = Database.entryDigest();
            assertTrue(Database.count("SELECT count(*) FROM entry") > 10_000, "the package stored the dump's entries");
            assertSharedCachesMayKeepOpenReads(base);

            Database.clear();
            interrupted = Jobs.start(admin, Jobs.request(dump, ",\"chunkSize\":10,\"threads\":2"));
            Jobs.awaitWritten(admin, interrupted, 1_000);
        } finally {
            server.destroy();
        }
        assertTrue(server.waitFor(120, TimeUnit.SECONDS), "the server stops within two minutes of SIGTERM");

        Process again = packaged.start(Map.of(), "second");
        try {
            ApiClient.anonymous().at(base).awaitHealthy(again::isAlive);
            JsonNode stopped = admin.get("/api/jobs/" + interrupted).body();
            assertEquals(statusAfterStop, stopped.get("status").asText(), stopped.toString());
            long written = Jobs.sum(stopped, "itemsWritten");
            assertTrue(written >= 1_000 && written < 12_000, "stopped at a checkpoint in the middle: " + written);

            ApiClient.Answer restarted = admin.post("/api/jobs/" + interrupted + "/restart", null);
            assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
            JsonNode completed = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 300);
            assertEquals("COMPLETED", completed.get("status").asText(), completed.toString());
            assertEquals(undisturbed, Database.entryDigest(), "nothing lost, nothing twice: as an undisturbed run");
        } finally {
            again.destroy();
            again.waitFor(120, TimeUnit.SECONDS);
            Database.clear();
        }
    }

    @Test
    void aMalformedSettingStopsTheStartWithALineNamingIt() throws Exception {
        Process server = start(Map.of("AQEA_CHUNK_SIZE", "lots", "AQEA_DB_URL", "postgresql://127.0.0.1/postgres"),
                "malformed");
        try {
            String output = awaitNotStarted(server, "malformed");
            String line = "AQEA_CHUNK_SIZE='lots': allowed is a number of pages from 1 to 5000";
            assertTrue(output.contains(line), output);
            assertTrue(output.contains("AQEA_DB_URL does not start with jdbc:postgresql://"), output);
            assertFalse(output.contains("schema at version"), "no migration ran: " + output);
            assertEquals(404, ApiClient.anonymous().at(BASE).getWith("/api/health").statusCode(), "the application is not there");
        } finally {
            server.destroy();
            server.waitFor(120, TimeUnit.SECONDS);
        }
    }

    /**
     * The cluster's package, started as a dispatcher on a job repository whose PostgreSQL allows no prepared
     * transactions (this machine's own, as installed), refuses to start and says why, before it migrates anything.
     */
    @Test
    void aDispatcherRefusesAJobRepositoryWithoutTwoPhaseCommit() throws Exception {
        try (Connection machine = DriverManager.getConnection(NO_TWO_PHASE_COMMIT, "postgres", "")) {
            assumeTrue(Database.single(machine, "SHOW max_prepared_transactions").equals("0"),
                    "this machine's PostgreSQL on 5432 allows prepared transactions");
            assumeFalse(Database.single(machine, "SELECT to_regclass('public.flyway_schema_history') IS NOT NULL").equals("t"),
                    "this machine's PostgreSQL already holds a migrated lexicon");
        }
        Process server = PACKAGED.start(PackagedServer.CLUSTER_JAR, Map.of("AQEA_ROLE", "dispatcher", "AQEA_DB_URL", NO_TWO_PHASE_COMMIT,
                "AQEA_DB_PASSWORD", "", "AQEA_MESSAGING_PORT", "17287", "AQEA_CLUSTER_PASSWORD", "cluster",
                "AQEA_CLUSTER_KEYSTORE", HOME.resolve("cluster-key.p12").toString(),
                "AQEA_CLUSTER_KEYSTORE_PASSWORD", "keystore"), "two-phase");
        try {
            String output = awaitNotStarted(server, "two-phase");
            assertTrue(output.contains("AQEA_ROLE=dispatcher needs a job repository (AQEA_DB_URL) that allows prepared"
                    + " transactions"), output);
            assertTrue(output.contains("max_prepared_transactions = 0"), output);
            assertTrue(output.contains("messagingServer-3.0"), "the cluster's package carries the messaging engine: " + output);
            assertFalse(output.contains("schema at version"), "no migration ran: " + output);
        } finally {
            server.destroy();
            server.waitFor(120, TimeUnit.SECONDS);
        }
        try (Connection machine = DriverManager.getConnection(NO_TWO_PHASE_COMMIT, "postgres", "")) {
            assertEquals("f", Database.single(machine, "SELECT to_regclass('public.flyway_schema_history') IS NOT NULL"),
                    "the refused repository was left as it was");
        }
    }

    /**
     * Waits until Liberty says the application was not started (CWWKZ0012I) and the server is ready without it
     * (CWWKF0011I, after the list of its features); its output.
     */
    private static String awaitNotStarted(Process server, String name) throws IOException, InterruptedException {
        Path log = HOME.resolve(name + ".log");
        long deadline = System.currentTimeMillis() + 180_000;
        String output;
        while (!(output = Files.readString(log, StandardCharsets.UTF_8)).contains("CWWKZ0012I") || !output.contains("CWWKF0011I")) {
            assertTrue(server.isAlive(), "the server keeps running and says why the application did not start");
            if (System.currentTimeMillis() > deadline) {
                fail("the application neither started nor failed within three minutes");
            }
            Thread.sleep(500);
        }
        return output;
    }

    /** With reading open, a CDN may keep a read for a minute and revalidate it by its ETag. */
    private static void assertSharedCachesMayKeepOpenReads(String base) {
        ApiClient anyone = ApiClient.anonymous().at(base);
        String path = "/api/entries?lang=de&pos=noun&size=5";
        HttpResponse<String> first = anyone.getWith(path);
        assertEquals(200, first.statusCode(), first::body);
        assertEquals(List.of("max-age=60", "public"), List.of(first.headers().firstValue("Cache-Control").orElseThrow()
                .replace(" ", "").split(",")).stream().sorted().toList(), () -> first.headers().map().toString());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anyone.getWith(path, "If-None-Match", tag).statusCode());
    }

    private static Process start(Map<String, String> settings, String name) throws IOException {
        return PACKAGED.start(settings, name);
    }
}
