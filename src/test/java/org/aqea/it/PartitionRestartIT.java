package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A partition that fails is the only one that runs again on restart, from its last checkpoint. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartitionRestartIT {

    private static final int PAGES = 20_000;

    @Test
    void onlyTheFailedPartitionResumesFromItsCheckpoint() throws Exception {
        ApiClient admin = ApiClient.admin();
        Path dump = Jobs.countingDump("restart.xml.bz2", PAGES);
        long first = Jobs.start(admin, "{\"source\":\"wiktionary-dump\",\"language\":\"de\",\"dump\":\"" + dump
                + "\",\"chunkSize\":100,\"faultAt\":\"K-O:1234\"}");
        JsonNode failed = Jobs.awaitEnd(admin, first, 120);
        assertEquals("FAILED", failed.get("status").asText());
        long checkpoint = -1;
        for (JsonNode partition : failed.get("partitions")) {
            boolean faulty = partition.get("range").asText().equals("K-O");
            assertEquals(faulty ? "FAILED" : "COMPLETED", partition.get("status").asText(), partition.toString());
            if (faulty) {
                assertEquals(1200, partition.get("itemsWritten").asLong(), "12 chunks of 100 committed before the fault");
                checkpoint = partition.get("lastCheckpoint").asLong();
            }
        }
        assertTrue(checkpoint > 0);

        ApiClient.Answer restarted = admin.post("/api/jobs/" + first + "/restart", null);
        assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
        long second = restarted.body().get("executionId").asLong();
        JsonNode completed = Jobs.awaitEnd(admin, second, 120);
        assertEquals("COMPLETED", completed.get("status").asText());
        assertEquals(1, completed.get("partitions").size(), "only the failed partition runs again");
        JsonNode resumed = completed.get("partitions").get(0);
        assertEquals("K-O", resumed.get("range").asText());
        long expectedInRange = Jobs.expectedCounts(PAGES).get("K-O");
        assertEquals(expectedInRange - 1200, resumed.get("itemsRead").asLong(), "resumed after the committed pages");
        assertEquals(Jobs.expectedCounts(PAGES), Jobs.countsOfLatestJob(admin), "no page counted twice or lost");
    }
}
