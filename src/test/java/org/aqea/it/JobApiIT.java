package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The job API against Liberty and PostgreSQL: a job runs to completion, and every bad call gets a clear answer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobApiIT {

    private static final int PAGES = 3_000;
    private static Path dump;
    private static long expectedEntries;
    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void writeDump() throws Exception {
        var pages = Jobs.pages(PAGES, 11);
        dump = Jobs.bz2("api.xml.bz2", pages);
        expectedEntries = Jobs.expectedEntries(pages);
    }

    @Test
    void aStartedJobCompletesWithEveryPageOfEveryRangeExtracted() throws Exception {
        ApiClient.Answer started = admin.post("/api/jobs", Jobs.request(dump, ",\"chunkSize\":250"));
        assertEquals(202, started.status(), () -> String.valueOf(started.body()));
        long id = started.body().get("executionId").asLong();
        assertTrue(started.location().endsWith("/api/jobs/" + id), started.location());

        JsonNode job = Jobs.awaitEnd(admin, id, 180);
        assertEquals("COMPLETED", job.get("status").asText(), job::toString);
        assertEquals(6, job.get("partitions").size(), "five letter ranges and 'other'");
        String server = java.net.InetAddress.getLocalHost().getHostName() + "/aqea";
        for (JsonNode partition : job.get("partitions")) {
            assertEquals("COMPLETED", partition.get("status").asText());
            assertEquals(partition.get("pagesExpected").asLong(), partition.get("lastCheckpoint").asLong());
            assertEquals(server, partition.get("server").asText(), "where the partition ran: host and Liberty server");
        }
        assertEquals(PAGES, Jobs.sum(job, "itemsRead"), "every page read once");
        assertEquals(expectedEntries, Jobs.sum(job, "itemsWritten"), "every entry written once");
        JsonNode status = ApiClient.reader().get("/api/status").body();
        assertTrue(status.get("entriesByLanguageAndPos").get("de").get("noun").asLong() > 0, status.toString());
        assertTrue(ApiClient.reader().get("/api/jobs").body().size() >= 1, "a reader sees the executions");
    }

    @Test
    void restartingACompletedExecutionIsAConflict() throws Exception {
        long id = Jobs.start(admin, Jobs.request(dump, ""));
        Jobs.awaitEnd(admin, id, 180);
        assertProblem(admin.post("/api/jobs/" + id + "/restart", null), 409, "completed");
        assertProblem(admin.post("/api/jobs/" + id + "/stop", null), 409, "not running");
    }

    @Test
    void badParametersAreRefusedWithAProblemNamingThem() throws Exception {
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"edition\":\"xx\",\"dump\":\"" + dump + "\"}"),
                400, "unknown edition 'xx'");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"language\":\"xx\",\"dump\":\"" + dump + "\"}"),
                400, "unknown edition 'xx'");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"omegawiki\",\"edition\":\"de\",\"dump\":\"" + dump + "\"}"),
                400, "unknown source 'omegawiki'");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"panlex\",\"edition\":\"de\",\"dump\":\"" + dump + "\"}"),
                400, "the edition 'de' is read from the source 'wiktionary-dump', not 'panlex'");
        assertProblem(admin.post("/api/jobs", Jobs.request(dump.resolveSibling("no-such-dump.xml.bz2"), "")),
                400, "does not exist");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":\"/no/such/dump.xml.bz2\"}"),
                400, "not in an allowed dump folder");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":\"" + dump
                + "\",\"ranges\":[\"A-E\",\"E-Q\"]}"), 400, "overlaps");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":\"" + dump
                + "\",\"ranges\":[\"A-\"]}"), 400, "malformed range 'A-'");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":\""
                + Path.of("pom.xml").toAbsolutePath() + "\"}"),
                400, "not in an allowed dump folder");
        Path notADump = dump.resolveSibling("not-a-dump.xml");
        Files.writeString(notADump, "<project/>");
        assertProblem(admin.post("/api/jobs", Jobs.request(notADump, "")), 400, "not a MediaWiki XML dump");
        assertProblem(admin.post("/api/jobs", "{\"source\": "), 400, "not valid JSON");
        assertProblem(admin.post("/api/jobs", "{\"edition\":\"de\"}"), 400, "'source' is missing");
        assertProblem(admin.post("/api/jobs", Jobs.request(dump, ",\"ranges\":[\"A-E\"],\"partitions\":3")), 400,
                "either ranges or a partition count");
        assertProblem(admin.post("/api/jobs", Jobs.request(dump, ",\"partitions\":27")), 400, "partitions must be 1 to 26");
        assertProblem(admin.post("/api/jobs", Jobs.request(dump, ",\"minimumScore\":2")), 400, "the edition 'de' scores none");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"journal\",\"dump\":\"" + dump + "\"}"), 400, "takes no dump");
        assertProblem(admin.post("/api/jobs", "{\"source\":\"journal\"}"), 400, "nothing to replay");
    }

    @Test
    void unknownExecutionsAreNotFound() {
        assertProblem(admin.get("/api/jobs/987654"), 404, "no execution 987654");
        assertProblem(admin.post("/api/jobs/987654/restart", null), 404, "no execution 987654");
        assertProblem(admin.get("/api/jobs/abc"), 400, "not an execution id");
    }

    @Test
    void callsWithoutTheRightRoleAreRefused() {
        ApiClient.Answer anonymous = ApiClient.anonymous().get("/api/jobs");
        assertProblem(anonymous, 401, "log in");
        assertProblem(ApiClient.anonymous().post("/api/jobs", "{}"), 401, "aqea-admin");
        assertProblem(ApiClient.reader().post("/api/jobs", "{}"), 403, "not in role aqea-admin");
        assertEquals(200, ApiClient.anonymous().get("/api/health").status(), "the health check is open");
    }

    @Test
    void healthReportsDatabaseMigrationsAndBatchRuntime() {
        JsonNode health = ApiClient.anonymous().get("/api/health").body();
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("checks").get("database").asText());
        assertEquals("UP", health.get("checks").get("lexiconDatabase").asText());
        assertEquals("UP", health.get("checks").get("migrations").asText());
        assertEquals("UP", health.get("checks").get("batchRuntime").asText());
    }

    static void assertProblem(ApiClient.Answer answer, int status, String detailPart) {
        assertEquals(status, answer.status(), () -> String.valueOf(answer.body()));
        assertEquals("application/problem+json", answer.contentType());
        assertNotNull(answer.body());
        String detail = answer.body().get("detail").asText();
        assertTrue(detail.contains(detailPart), () -> "detail '" + detail + "' lacks '" + detailPart + "'");
        assertEquals(status, answer.body().get("status").asInt());
    }
}
