package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.aqea.testing.SecurePort;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
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
            seenDuringRun |= Metrics.sum(Metrics.application(), "aqea_pages_read_total", id) > 0;
            assertEquals(200, Metrics.healthStatus("/health/live"));
            Thread.sleep(200);
        }
        assertEquals("COMPLETED", job.get("status").asText());
        assertTrue(seenDuringRun, "the counters grow while the job runs");
        String metrics = Metrics.application();
        assertEquals(Jobs.sum(job, "itemsRead"), Metrics.sum(metrics, "aqea_pages_read_total", id));
        assertEquals(Jobs.sum(job, "itemsWritten"), Metrics.sum(metrics, "aqea_entries_written_total", id));
        assertEquals(0, Metrics.sum(metrics, "aqea_pages_skipped_total", id));
        assertTrue(metrics.contains("server=\"" + job.get("partitions").get(0).get("server").asText() + "\""),
                "each partition's series names the server that ran it, as its progress does");
        assertEquals(200, Metrics.healthStatus("/health/ready"));
        assertTrue(Metrics.health("/health/ready").contains("\"migrations\":\"UP\""), "ready reports the migrations");
    }

    /** Liberty serves metrics on the application's HTTPS port: the JVM's too, and to users only. */
    @Test
    void libertysMetricsNeedAUserAndHoldTheJvmsToo() throws Exception {
        Assumptions.assumeFalse(Metrics.WILDFLY, "WildFly serves metrics on its management port, which binds to loopback");
        assertTrue(Metrics.metrics("/metrics").contains("jvm_uptime_seconds"), "JVM metrics are published too");
        assertEquals(401, SecurePort.call("GET", "/metrics", null, null, null).status(), "/metrics needs a user");
    }
}
