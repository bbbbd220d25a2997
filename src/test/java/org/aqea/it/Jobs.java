package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aqea.partition.TitleRanges;
import org.aqea.testing.DumpFiles;

/** Helpers shared by the integration tests: generated dumps, starting jobs, waiting for them. */
final class Jobs {

    private static final String INITIALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜßÉ0123456789-Ωж";

    private Jobs() {
    }

    /** A dump of {@code pages} main-namespace pages spread over all ranges, plus a redirect and a talk page. */
    static Path countingDump(String name, int pages) throws IOException {
        Path file = Path.of("target", "it-dumps", name);
        Files.createDirectories(file.getParent());
        List<DumpFiles.Page> list = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            list.add(DumpFiles.Page.article(i + 1, INITIALS.charAt(i % INITIALS.length()) + "wort" + i, "text " + i));
        }
        list.add(new DumpFiles.Page("Umleitung", 0, pages + 1, "#WEITERLEITUNG [[Awort0]]", "Awort0"));
        list.add(new DumpFiles.Page("Diskussion:Awort0", 1, pages + 2, "talk", null));
        return DumpFiles.writeBz2(file, DumpFiles.SCHEMA_011, list).toAbsolutePath();
    }

    /** Pages per range label that {@link #countingDump} holds, computed on our side. */
    static Map<String, Long> expectedCounts(int pages) {
        TitleRanges ranges = TitleRanges.parse(TitleRanges.DEFAULT_SPEC);
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < pages; i++) {
            counts.merge(ranges.rangeOf(INITIALS.charAt(i % INITIALS.length()) + "wort" + i).label(), 1L, Long::sum);
        }
        return counts;
    }

    static long start(ApiClient client, String json) {
        ApiClient.Answer answer = client.post("/api/jobs", json);
        assertEquals(202, answer.status(), () -> "start refused: " + answer.body());
        return answer.body().get("executionId").asLong();
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

    static Map<String, Long> countsOfLatestJob(ApiClient client) {
        Map<String, Long> counts = new TreeMap<>();
        client.get("/api/status").body().get("pagesPerRangeOfLatestJob").fields()
                .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }
}
