package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aqea.testing.DumpFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run is a guarded unit whoever starts it: one per edition, bound to its dump, deprecating only what a complete
 * dump lacks (and holding a large deprecation for a confirmation), never overwriting a newer revision, keeping the
 * entries of rejected pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuardedRunIT {

    private final ApiClient admin = ApiClient.admin();

    @Test
    void oneRunPerEditionWhetherStartedThroughOurApiOrTheServersOwnTool() throws Exception {
        Database.clear();
        Path dump = Jobs.bz2("busy.xml.bz2", Jobs.pages(6_000, 41));
        long first = Jobs.start(admin, Jobs.request(dump, ",\"threads\":1,\"chunkSize\":20"));
        awaitRunning(first);

        ApiClient.Answer second = admin.post("/api/jobs", Jobs.request(dump, ""));
        assertEquals(409, second.status(), () -> String.valueOf(second.body()));
        assertTrue(second.body().get("detail").asText().contains("one run per edition"), second.body()::toString);

        long viaServer = ServerBatchTool.startExtraction(Map.of("edition", "de", "dump", dump.toString()));
        JsonNode refused = Jobs.awaitEnd(admin, viaServer, 120);
        assertEquals("FAILED", refused.get("status").asText(), refused::toString);
        assertTrue(refused.get("exitStatus").asText().startsWith("EDITION_BUSY"), refused::toString);

        JsonNode done = Jobs.awaitEnd(admin, first, 300);
        assertEquals("COMPLETED", done.get("status").asText(), done::toString);
        assertEquals(Jobs.expectedEntries(Jobs.pages(6_000, 41)), Database.count("SELECT count(*) FROM entry"));

        long bare = ServerBatchTool.startExtraction(Map.of());
        JsonNode invalid = Jobs.awaitEnd(admin, bare, 120);
        assertEquals("FAILED", invalid.get("status").asText(), invalid::toString);
        assertTrue(invalid.get("exitStatus").asText().startsWith("INVALID_PARAMETERS"), invalid::toString);
    }

    @Test
    void aRestartAfterTheDumpChangedIsRefused() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = Jobs.pages(2_000, 42);
        Path dump = Jobs.bz2("changing.xml.bz2", pages);
        JsonNode failed = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request(dump, ",\"faultAt\":\"split:700\"")), 300);
        assertEquals("FAILED", failed.get("status").asText(), failed::toString);

        Jobs.bz2("changing.xml.bz2", Jobs.pages(2_000, 43));
        ApiClient.Answer restarted = admin.post("/api/jobs/" + failed.get("executionId").asLong() + "/restart", null);
        assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
        JsonNode refused = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 120);
        assertEquals("FAILED", refused.get("status").asText(), refused::toString);
        assertTrue(refused.get("exitStatus").asText().startsWith("DUMP_CHANGED"), refused::toString);
        assertEquals(0, Database.count("SELECT count(*) FROM entry"), "nothing of either dump stored");

        Jobs.bz2("changing.xml.bz2", pages);
        ApiClient.Answer again = admin.post("/api/jobs/" + refused.get("executionId").asLong() + "/restart", null);
        JsonNode completed = Jobs.awaitEnd(admin, again.body().get("executionId").asLong(), 300);
        assertEquals("COMPLETED", completed.get("status").asText(), "the original dump back: the run goes on");
        assertEquals(Jobs.expectedEntries(pages), Database.count("SELECT count(*) FROM entry"));
    }

    /**
     * A failed allocation ends the job (it went on to the finish and deprecated); a crash between the lexicon's finish
     * (deprecation committed, the run's records of what it saw dropped) and the run row's: the restart finds the
     * lexicon's record of the finish and ends the run with those numbers, instead of counting again and finding every
     * entry unseen.
     */
    @Test
    void aFailedAllocationOrAFinishCutShortDeprecatesNothingItShouldNot() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = Jobs.pages(1_000, 45);
        Jobs.run(admin, Jobs.request(Jobs.bz2("finish-full.xml.bz2", pages), ",\"complete\":true"));
        Path fewer = Jobs.bz2("finish-fewer.xml.bz2", pages.subList(0, 980));
        String beforeRun = Database.entryDigest();
        JsonNode allocationFailed = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request(fewer,
                ",\"complete\":true,\"faultAt\":\"allocate:0\"")), 300);
        assertEquals("FAILED", allocationFailed.get("status").asText(), "a failed allocation ends the job: " + allocationFailed);
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"), "and never reaches the finish");
        assertEquals(beforeRun, Database.entryDigest());
        ApiClient.Answer afterAllocation = admin.post("/api/jobs/" + allocationFailed.get("executionId").asLong() + "/restart", null);
        JsonNode allocated = Jobs.awaitEnd(admin, afterAllocation.body().get("executionId").asLong(), 120);
        assertEquals("COMPLETED", allocated.get("status").asText(), allocated::toString);
        assertTrue(Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'") > 0, "the restart finished the run");

        Database.clear();
        Jobs.run(admin, Jobs.request(Jobs.bz2("finish-full.xml.bz2", pages), ",\"complete\":true"));
        JsonNode failed = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request(fewer, ",\"complete\":true,\"faultAt\":\"finish:0\"")), 300);
        assertEquals("FAILED", failed.get("status").asText(), failed::toString);
        long deprecated = Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'");
        assertTrue(deprecated > 0, "the lexicon's finish was committed before the fault");
        String afterFinish = Database.entryDigest();

        ApiClient.Answer restarted = admin.post("/api/jobs/" + failed.get("executionId").asLong() + "/restart", null);
        assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
        JsonNode done = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 120);
        assertEquals("COMPLETED", done.get("status").asText(), done::toString);
        assertEquals(deprecated, done.get("run").get("deprecatedEntries").asLong(), done::toString);
        assertEquals(afterFinish, Database.entryDigest(), "the restart deprecated nothing more");
    }

    @Test
    void aSmallDumpDeprecatesNothingUnlessCompleteAndThenOnlyOnceConfirmed() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = Jobs.pages(1_500, 44);
        Jobs.run(admin, Jobs.request(Jobs.bz2("full.xml.bz2", pages), ",\"complete\":true"));
        long active = Database.count("SELECT count(*) FROM entry WHERE status <> 'deprecated'");

        Path small = Jobs.bz2("small.xml.bz2", pages.subList(0, 52));
        JsonNode partial = Jobs.run(admin, Jobs.request(small, ""));
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"), partial::toString);
        assertEquals(false, partial.get("run").get("completeDump").asBoolean());

        JsonNode held = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request(small, ",\"complete\":true")), 300);
        assertEquals("STOPPED", held.get("status").asText(), held::toString);
        assertEquals("DEPRECATION_HELD", held.get("exitStatus").asText(), held::toString);
        long unseen = held.get("run").get("unseenEntries").asLong();
        assertEquals(active, held.get("run").get("activeEntries").asLong());
        assertTrue(unseen > active * 0.9, held::toString);
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"), "held: nothing deprecated");

        ApiClient.Answer plain = admin.post("/api/jobs/" + held.get("executionId").asLong() + "/restart", null);
        JsonNode heldAgain = Jobs.awaitEnd(admin, plain.body().get("executionId").asLong(), 120);
        assertEquals("DEPRECATION_HELD", heldAgain.get("exitStatus").asText(), "a restart without confirmation holds again");

        ApiClient.Answer confirmed = admin.post("/api/jobs/" + heldAgain.get("executionId").asLong() + "/restart",
                "{\"confirmDeprecation\":true}");
        JsonNode done = Jobs.awaitEnd(admin, confirmed.body().get("executionId").asLong(), 120);
        assertEquals("COMPLETED", done.get("status").asText(), done::toString);
        assertEquals(unseen, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"));
        assertEquals(unseen, done.get("run").get("deprecatedEntries").asLong());
    }

    @Test
    void aRejectedPageKeepsItsEntriesAndAnOlderRevisionOverwritesNothing() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = new ArrayList<>(Jobs.pages(600, 45));
        Jobs.run(admin, Jobs.request(Jobs.bz2("revisions.xml.bz2", pages), ",\"complete\":true"));
        String digest = Database.entryDigest();

        List<DumpFiles.Page> older = new ArrayList<>(pages);
        DumpFiles.Page page = pages.get(10);
        older.set(10, page.withRevision(page.revision() - 1, page.text().replace("{{Bedeutungen}}\n:[1] ",
                "{{Bedeutungen}}\n:[1] veraltet: ")));
        DumpFiles.Page huge = pages.get(20);
        older.set(20, huge.withRevision(huge.revision() + 1, huge.text() + "x".repeat(2_100_000)));
        JsonNode run = Jobs.run(admin, Jobs.request(Jobs.bz2("revisions-older.xml.bz2", older), ",\"complete\":true"));

        assertEquals(1, run.get("rejects").size(), run::toString);
        assertTrue(run.get("run").get("keptEntries").asLong() > 0, run::toString);
        assertEquals(0, run.get("run").get("deprecatedEntries").asLong(), run::toString);
        assertEquals(digest, Database.entryDigest(), "an older revision changes nothing, a rejected page keeps its entries");
    }

    @Test
    void aRowTheDatabaseRefusesRejectsItsPageInsteadOfFailingThePartition() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = Jobs.pages(800, 46);
        String poison = pages.get(300).title();
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$
                    BEGIN RAISE EXCEPTION 'poison row %', NEW.word; END $$ LANGUAGE plpgsql""");
            statement.execute("CREATE TRIGGER refuse_poison BEFORE INSERT ON entry FOR EACH ROW WHEN (NEW.word = '"
                    + poison.replace("'", "''") + "') EXECUTE FUNCTION refuse_poison()");
        }
        try {
            JsonNode run = Jobs.run(admin, Jobs.request(Jobs.bz2("poison.xml.bz2", pages), ""));
            assertEquals(1, run.get("rejects").size(), run::toString);
            assertEquals(poison, run.get("rejects").get(0).get("title").asText());
            assertTrue(run.get("rejects").get(0).get("reason").asText().contains("poison row"), run::toString);
            long poisonEntries = Jobs.expectedEntries(List.of(pages.get(300)));
            assertEquals(Jobs.expectedEntries(pages) - poisonEntries, Database.count("SELECT count(*) FROM entry"),
                    "every other page of the chunk is stored");
        } finally {
            try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER refuse_poison ON entry");
            }
        }
    }

    @Test
    void anExecutionWhoseRunAnotherTookOverWritesNothingMore() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = Jobs.pages(20_000, 47);
        long executionId = Jobs.start(admin, Jobs.request(Jobs.bz2("taken-over.xml.bz2", pages), ",\"chunkSize\":50"));
        long instanceId = admin.get("/api/jobs/" + executionId).body().get("instanceId").asLong();
        long deadline = System.currentTimeMillis() + 120_000;
        while (Database.count("SELECT count(*) FROM entry") == 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the extract step wrote nothing within two minutes");
            Thread.sleep(20);
        }
        long atTakeOver;
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            // What a restart does to the run of an execution a dispatcher's sweep took for lost (a zombie that goes on).
            statement.executeUpdate("UPDATE run SET execution_id = execution_id + 1000000 WHERE job_instance_id = " + instanceId);
            atTakeOver = Database.count("SELECT count(*) FROM entry");
        }
        try {
            JsonNode job = Jobs.awaitEnd(admin, executionId, 180);
            assertEquals("FAILED", job.get("status").asText(), job::toString);
            long after = Database.count("SELECT count(*) FROM entry");
            // At most the chunk each partition had begun before the take-over (six partitions, 50 pages a chunk).
            assertTrue(after - atTakeOver <= 6 * 50 * 3, () -> atTakeOver + " entries at the take-over, " + after + " after, of "
                    + Jobs.expectedEntries(pages));
            assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE address IS NOT NULL"), "it allocated nothing");
        } finally {
            try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE run SET execution_id = execution_id - 1000000 WHERE job_instance_id = " + instanceId);
            }
        }
    }

    private void awaitRunning(long executionId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode job = admin.get("/api/jobs/" + executionId).body();
            if (job.hasNonNull("run") && job.get("status").asText().equals("STARTED")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + executionId + " did not begin its run");
    }
}
