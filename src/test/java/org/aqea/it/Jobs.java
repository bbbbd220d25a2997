package org.aqea.it;

import org.aqea.wikitext.PageBudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GeneratedLexemes;
import org.aqea.testing.GermanPages;

/** Helpers shared by the integration tests: generated dumps, starting jobs, waiting for them. */
final class Jobs {

    private Jobs() {
    }

    static List<DumpFiles.Page> pages(int count, long seed) {
        return new GermanPages(seed).pages(count);
    }

    static Path bz2(String name, List<DumpFiles.Page> pages) throws IOException {
        return bz2(name, "dewiktionary", pages);
    }

    /** A dump of {@code wiki} ({@code enwiktionary}) in target/it-dumps. */
    static Path bz2(String name, String wiki, List<DumpFiles.Page> pages) throws IOException {
        Path file = Path.of("target", "it-dumps", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return DumpFiles.writeBz2(file, DumpFiles.SCHEMA_011, wiki, pages);
    }

    /** A Wikidata lexemes dump of these entities (JSON lines) in target/it-dumps. */
    static Path lexemes(String name, List<String> entities) throws IOException {
        Path file = Path.of("target", "it-dumps", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return GeneratedLexemes.write(file, entities);
    }

    /** A start request for a Wikidata lexemes dump. */
    static String lexemesRequest(Path dump, String extra) {
        return "{\"source\":\"wikidata-lexemes\",\"dump\":\"" + dump + "\"" + extra + "}";
    }

    /** The number of entries the German parser finds in the pages. */
    static long expectedEntries(List<DumpFiles.Page> pages) {
        GermanPageParser parser = new GermanPageParser();
        return pages.stream().mapToLong(p -> parser.parse(new DumpPage(p.title(), 0, p.id(), 0, "", p.text(), null), PageBudget.UNLIMITED).size()).sum();
    }

    static String request(Path dump, String extra) {
        return request(dump.toString(), extra);
    }

    /** A start request for the dump at a path or URL, with extra JSON members such as {@code ,"threads":2}. */
    static String request(String dump, String extra) {
        return json("de", dump, extra);
    }

    /** A start request for the dump read as the edition ({@code en}). */
    static String request(String edition, Path dump, String extra) {
        return json(edition, dump.toString(), extra);
    }

    private static String json(String edition, String dump, String extra) {
        return "{\"source\":\"wiktionary-dump\",\"edition\":\"" + edition + "\",\"dump\":\"" + dump + "\"" + extra + "}";
    }

    /**
     * The reference for the fault tests: the digest of what an undisturbed run of the dump stores in an empty
     * lexicon. Leaves the lexicon empty again for the disturbed run.
     */
    static String undisturbedDigest(ApiClient client, Path dump) throws Exception {
        Database.clear();
        run(client, request(dump, ""));
        String digest = Database.entryDigest();
        Database.clear();
        return digest;
    }

    static long start(ApiClient client, String json) {
        ApiClient.Answer answer = client.post("/api/jobs", json);
        assertEquals(202, answer.status(), () -> "start refused: " + answer.body());
        return answer.body().get("executionId").asLong();
    }

    static JsonNode run(ApiClient client, String json) throws InterruptedException {
        JsonNode job = awaitEnd(client, start(client, json), 300);
        assertEquals("COMPLETED", job.get("status").asText(), job::toString);
        return job;
    }

    static JsonNode awaitEnd(ApiClient client, long executionId, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = client.get("/api/jobs/" + executionId).body();
            String status = job.get("status").asText();
            if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("STOPPED") || status.equals("ABANDONED")) {
                return job;
            }
            Thread.sleep(300);
        }
        fail("execution " + executionId + " did not end within " + seconds + " s");
        return null;
    }

    static long sum(JsonNode job, String field) {
        long sum = 0;
        for (JsonNode partition : job.get("partitions")) {
            sum += partition.get(field).asLong();
        }
        return sum;
    }

    /** Waits until the running execution has written at least so many entries; it must not end before. */
    static void awaitWritten(ApiClient admin, long executionId, long items) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = admin.get("/api/jobs/" + executionId).body();
            if (job.get("status").asText().equals("STARTING")) {
                // Not begun yet: the batch runtime marks an execution STARTED a moment after it accepted it.
                Thread.sleep(100);
                continue;
            }
            assertEquals("STARTED", job.get("status").asText(), "the job must still run when its server is stopped or killed");
            if (sum(job, "itemsWritten") >= items) {
                return;
            }
            Thread.sleep(100);
        }
        fail("no progress within two minutes");
    }
}
