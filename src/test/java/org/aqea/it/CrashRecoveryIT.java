package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aqea.devenv.ServerProcess;
import org.aqea.devenv.WildFlyServer;
import org.aqea.testing.GeneratedLexemes;
import org.aqea.testing.PanLexSnapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.FakeWiki;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@code kill -9} of the server, or a normal stop, in the middle of a job, a new server start, a restart of the
 * execution: it completes, and the database holds exactly what an undisturbed run stores. The server is the one the
 * Arquillian tests use (Liberty, or WildFly in the failsafe execution wildfly-crash), started and stopped here with its
 * own scripts (see the failsafe executions in the POM for why).
 */
class CrashRecoveryIT {

    /**
     * Tests of what a source's own split does again after a crash (plain Java, the same on every server); the
     * partitions' restart they share with the dump's test. The WildFly execution leaves them to Liberty's.
     */
    static final String SOURCE_SPLIT = "source-split";

    private static final int PAGES = 15_000;
    private static final int LEXEMES = 8_000;
    private static final ServerProcess SERVER = ServerProcess.underTest();

    private static Path dump;
    private static String undisturbed;

    @Test
    void aKilledServerResumesEveryPartitionFromItsCheckpoint() throws Exception {
        ApiClient admin = ApiClient.admin();
        long first = startInterruptibleRun(admin);

        SERVER.kill();
        startServer();

        JsonNode afterCrash = admin.get("/api/jobs/" + first).body();
        assertTrue(List.of("FAILED", "STARTED", "STOPPED").contains(afterCrash.get("status").asText()), afterCrash.toString());
        restartToTheEnd(admin, first);
    }

    /** The same for Wikidata's lexemes: every partition resumes, the run's index of lexemes is built again. */
    @Test
    @Tag(SOURCE_SPLIT)
    void aKilledServerResumesALexemesRunFromItsCheckpoints() throws Exception {
        ApiClient admin = ApiClient.admin();
        Path lexemes = Jobs.lexemes("crash-lexemes.json.bz2", new GeneratedLexemes(17).lexemes(LEXEMES));
        Database.clear();
        Jobs.run(admin, Jobs.lexemesRequest(lexemes, ""));
        String undisturbedLexemes = Database.entryDigest();
        Database.clear();
        long first = Jobs.start(admin, Jobs.lexemesRequest(lexemes, ",\"chunkSize\":10,\"threads\":2"));
        Jobs.awaitWritten(admin, first, 1_000);

        SERVER.kill();
        startServer();
        restartToTheEnd(admin, first, undisturbedLexemes);
    }

    /** The same for a PanLex snapshot: the restarted split joins the snapshot again and skips what it had handed out. */
    @Test
    @Tag(SOURCE_SPLIT)
    void aKilledServerResumesAPanLexRunFromItsCheckpoints() throws Exception {
        ApiClient admin = ApiClient.admin();
        Path snapshot = Path.of("target", "it-dumps", "panlex-20240501-csv.zip").toAbsolutePath();
        Files.createDirectories(snapshot.getParent());
        Files.deleteIfExists(snapshot);
        new PanLexSnapshots(12_000, 36_000, 31, false).withPair("deu-000", "Hund", "eng-000", "dog", 2).writeZip(snapshot);
        Database.clear();
        Jobs.run(admin, "{\"source\":\"panlex\",\"dump\":\"" + snapshot + "\"}");
        String undisturbedPanLex = Database.entryDigest();
        Database.clear();
        long first = Jobs.start(admin, "{\"source\":\"panlex\",\"dump\":\"" + snapshot + "\",\"chunkSize\":10,\"threads\":2}");
        Jobs.awaitWritten(admin, first, 1_000);

        SERVER.kill();
        startServer();
        restartToTheEnd(admin, first, undisturbedPanLex);
    }

    /**
     * A power loss in the split step: the server dies, and each shard ends in a record that was half written when
     * the power went (shards are forced to disk before each checkpoint, so only what follows it can be torn).
     */
    @Test
    void aServerKilledWhileSplittingResumesTheSplitPastATornShardTail() throws Exception {
        ApiClient admin = ApiClient.admin();
        if (undisturbed == null) {
            dump = Jobs.bz2("crash.xml.bz2", Jobs.pages(PAGES, 13));
            undisturbed = Jobs.undisturbedDigest(admin, dump);
        }
        Database.clear();
        long first = Jobs.start(admin, Jobs.request(dump, ",\"chunkSize\":10,\"threads\":2"));
        long run = awaitSplitting(admin, first);
        SERVER.kill();
        try (Stream<Path> shards = Files.list(workOf(run))) {
            for (Path shard : shards.toList()) {
                Files.writeString(shard, "{\"title\":\"Torn", StandardOpenOption.APPEND);
            }
        }
        startServer();
        restartToTheEnd(admin, first);
    }

    /**
     * {@code kill -9} at the end of the allocation (its addresses committed) and at the end of the lexicon's finish
     * (deprecation committed, the run row not yet finished), through test faults that halt the server there: a new
     * server, a restart, and the lexicon is what an undisturbed full and a complete but shorter run store; nothing is
     * deprecated twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"allocate-halt", "finish-halt"})
    void aServerKilledAtTheEndOfTheAllocationOrOfTheFinishLosesAndDeprecatesNothing(String place) throws Exception {
        ApiClient admin = ApiClient.admin();
        List<DumpFiles.Page> pages = Jobs.pages(2_000, 14);
        Path full = Jobs.bz2("halt-full.xml.bz2", pages);
        Path fewer = Jobs.bz2("halt-fewer.xml.bz2", pages.subList(0, 1_950));
        Database.clear();
        Jobs.run(admin, Jobs.request(full, ",\"complete\":true"));
        Jobs.run(admin, Jobs.request(fewer, ",\"complete\":true"));
        String undisturbedPair = Database.entryDigest();
        assertTrue(Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'") > 0, "the shorter run deprecates");

        Database.clear();
        Jobs.run(admin, Jobs.request(full, ",\"complete\":true"));
        long halted = Jobs.start(admin, Jobs.request(fewer, ",\"complete\":true,\"faultAt\":\"" + place + ":0\""));
        awaitServerGone();
        SERVER.kill();
        startServer();
        restartToTheEnd(admin, halted, undisturbedPair);
    }

    /**
     * {@code kill -9} of a live run while it fetches the wiki's changes (the wiki answers slowly), and again while it
     * writes them: a new server, a restart, and the lexicon is what an undisturbed live run over the same window stores,
     * with the window applied once.
     */
    @Test
    void aLiveRunKilledWhileFetchingOrWritingGivesWhatAnUndisturbedOneGives() throws Exception {
        ApiClient admin = ApiClient.admin();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<DumpFiles.Page> pages = Jobs.pages(2_200, 16);
        List<DumpFiles.Page> base = pages.subList(0, 2_000);
        Path full = Jobs.bz2("dewiktionary-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-pages-articles.xml.bz2", base);
        String live = "{\"source\":\"wiktionary-live\",\"edition\":\"de\",\"chunkSize\":10,\"threads\":2}";
        try (FakeWiki wiki = new FakeWiki("dewiktionary", Integer.getInteger("aqea.test.wiki.port"),
                today.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1)), 5_000_000)) {
            base.forEach(page -> wiki.hold(page.id(), page.title(), page.revision(), page.text(), false));
            base.stream().filter(page -> page.text().contains("{{Bedeutungen}}")).limit(600).forEach(page -> wiki.edit(page.title(),
                    page.text().replace("{{Bedeutungen}}\n:[1] ", "{{Bedeutungen}}\n:[1] geändert ")));
            pages.subList(2_000, 2_200).forEach(page -> wiki.create(page.id(), page.title(), page.text()));
            base.subList(1_000, 1_010).forEach(page -> wiki.delete(page.title()));
            base.subList(1_100, 1_105).forEach(page -> wiki.move(page.title(), page.title() + "chen"));
            wiki.advance(Duration.ofMinutes(5));

            Database.clear();
            Jobs.run(admin, Jobs.request(full, ""));
            Jobs.run(admin, live);
            String undisturbedLive = Database.entryDigest();

            Database.clear();
            Jobs.run(admin, Jobs.request(full, ""));
            wiki.latency(Duration.ofMillis(300));
            int before = wiki.requests();
            long fetching = Jobs.start(admin, live);
            long deadline = System.currentTimeMillis() + 60_000;
            while (wiki.requests() < before + 4) {
                assertTrue(System.currentTimeMillis() < deadline, "the live run fetches within a minute");
                Thread.sleep(20);
            }
            SERVER.kill();
            wiki.latency(Duration.ZERO);
            startServer();
            restartToTheEnd(admin, fetching, undisturbedLive);

            Database.clear();
            Jobs.run(admin, Jobs.request(full, ""));
            long writing = Jobs.start(admin, live);
            Jobs.awaitWritten(admin, writing, 300);
            SERVER.kill();
            startServer();
            restartToTheEnd(admin, writing, undisturbedLive);
            assertEquals(1, Database.count("SELECT count(*) FROM live_window WHERE applied_at IS NOT NULL"), "applied once");
        }
    }

    /** Until the server no longer answers: a test fault halted it. */
    private static void awaitServerGone() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                ApiClient.anonymous().get("/api/health");
            } catch (IllegalStateException refused) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the server was not halted within five minutes");
    }

    private static Path workOf(long run) {
        return Path.of(System.getenv().getOrDefault("AQEA_DATA_DIR", "data"), "work", "instance-" + run);
    }

    /** Whether the split step has written some of the run's shards. */
    private static boolean shardsWritten(long run) throws IOException {
        if (!Files.isDirectory(workOf(run))) {
            return false;
        }
        try (Stream<Path> shards = Files.list(workOf(run))) {
            return shards.anyMatch(shard -> shard.toFile().length() > 0);
        }
    }

    /**
     * Waits until the execution writes the dump into its shards (its run began, shards have bytes, no partition
     * yet); the run id.
     */
    private static long awaitSplitting(ApiClient admin, long executionId) throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = admin.get("/api/jobs/" + executionId).body();
            if (job.hasNonNull("run") && job.get("partitions").isEmpty() && job.get("status").asText().equals("STARTED")
                    && shardsWritten(job.get("run").get("runId").asLong())) {
                Thread.sleep(300);
                JsonNode again = admin.get("/api/jobs/" + executionId).body();
                assertTrue(again.get("partitions").isEmpty(), "still splitting when the server is killed");
                return job.get("run").get("runId").asLong();
            }
            Thread.sleep(20);
        }
        fail("the split step did not begin within a minute");
        return -1;
    }

    @Test
    void aServerStoppedNormallyLeavesTheExecutionStoppedAtACheckpoint() throws Exception {
        ApiClient admin = ApiClient.admin();
        long first = startInterruptibleRun(admin);
        SERVER.stop();
        startServer();

        JsonNode stopped = admin.get("/api/jobs/" + first).body();
        for (JsonNode partition : stopped.get("partitions")) {
            assertTrue(List.of("STOPPED", "COMPLETED").contains(partition.get("status").asText()), stopped::toString);
        }
        // WildFly stops the jobs when it suspends, but refuses them the transaction that would end the execution
        // STOPPED: the execution ends as after a crash (JBeretRepository), its partitions at their checkpoints.
        String expected = SERVER instanceof WildFlyServer ? "FAILED" : "STOPPED";
        assertEquals(expected, stopped.get("status").asText(), stopped.toString());
        restartToTheEnd(admin, first);
    }

    /** Runs the dump undisturbed once (for the reference digest), then starts it again slowly on an empty database. */
    private static long startInterruptibleRun(ApiClient admin) throws Exception {
        if (undisturbed == null) {
            dump = Jobs.bz2("crash.xml.bz2", Jobs.pages(PAGES, 13));
            undisturbed = Jobs.undisturbedDigest(admin, dump);
        }
        Database.clear();
        long first = Jobs.start(admin, Jobs.request(dump, ",\"chunkSize\":10,\"threads\":2"));
        Jobs.awaitWritten(admin, first, 1_000);
        return first;
    }

    private static void restartToTheEnd(ApiClient admin, long first) throws Exception {
        restartToTheEnd(admin, first, undisturbed);
    }

    private static void restartToTheEnd(ApiClient admin, long first, String expectedDigest) throws Exception {
        ApiClient.Answer restarted = admin.post("/api/jobs/" + first + "/restart", null);
        assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
        JsonNode completed = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 300);
        assertEquals("COMPLETED", completed.get("status").asText(), completed.toString());
        assertEquals(expectedDigest, Database.entryDigest(), "nothing lost, nothing twice: as an undisturbed run");
    }

    @BeforeAll
    static void startServerForTheTest() throws Exception {
        startServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        SERVER.stop();
    }

    private static void startServer() throws Exception {
        SERVER.start(Map.of());
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (ApiClient.anonymous().get("/api/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(500);
        }
        fail("the server did not come back within three minutes");
    }
}
