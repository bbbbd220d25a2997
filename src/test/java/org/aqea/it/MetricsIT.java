package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Prometheus metrics and MicroProfile health during and after a run agree with the execution's own numbers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    @Test
    void countersMatchTheExecutionAndHealthIsReady() throws Exception {
        ApiClient admin = ApiClient.admin();
        long id = Jobs.start(admin, Jobs.request(Jobs.bz2("metrics.xml.bz2", Jobs.pages(5_000, 41)), ",\"chunkSize\":50"));
        boolean seenDuringRun = false;
        JsonNode job;
        while (true) {
            job = admin.get("/api/jobs/" + id).body();
            String status = job.get("status").asText();
            if (!status.equals("STARTED") && !status.equals("STARTING")) {
                break;
            }
            seenDuringRun |= sum(get("/metrics?scope=application"), "aqea_pages_read_total", id) > 0;
            assertEquals(200, status("/health/live"));
            Thread.sleep(200);
        }
        assertEquals("COMPLETED", job.get("status").asText());
        assertTrue(seenDuringRun, "the counters grow while the job runs");
        String metrics = get("/metrics?scope=application");
        assertEquals(Jobs.sum(job, "itemsRead"), sum(metrics, "aqea_pages_read_total", id));
        assertEquals(Jobs.sum(job, "itemsWritten"), sum(metrics, "aqea_entries_written_total", id));
        assertEquals(0, sum(metrics, "aqea_pages_skipped_total", id));
        assertTrue(get("/metrics").contains("jvm_uptime_seconds"), "JVM metrics are published too");
        assertEquals(200, status("/health/ready"));
        assertTrue(get("/health/ready").contains("\"migrated\":true"));
    }

    /** Sum of a counter over the partitions of one execution. */
    private static long sum(String metrics, String name, long executionId) {
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)} ([0-9.eE+]+)$", Pattern.MULTILINE).matcher(metrics);
        double total = 0;
        while (line.find()) {
            if (line.group(1).contains("execution=\"" + executionId + "\"")) {
                total += Double.parseDouble(line.group(2));
            }
        }
        return Math.round(total);
    }

    private static String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int status(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
