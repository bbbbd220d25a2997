package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partition that fails is the only one that runs again on restart, from its last checkpoint, and the database
 * ends exactly as after an undisturbed run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartitionRestartIT {

    @Test
    void onlyTheFailedPartitionResumesFromItsCheckpoint() throws Exception {
        ApiClient admin = ApiClient.admin();
        Path dump = Jobs.bz2("restart.xml.bz2", Jobs.pages(6_000, 12));
        String undisturbed = Jobs.undisturbedDigest(admin, dump);
        long first = Jobs.start(admin, Jobs.request(dump, ",\"chunkSize\":100,\"faultAt\":\"K-O:1234\""));
        JsonNode failed = Jobs.awaitEnd(admin, first, 180);
        assertEquals("FAILED", failed.get("status").asText());
        long pagesInRange = -1;
        for (JsonNode partition : failed.get("partitions")) {
            boolean faulty = partition.get("range").asText().equals("K-O");
            assertEquals(faulty ? "FAILED" : "COMPLETED", partition.get("status").asText(), partition.toString());
            if (faulty) {
                assertEquals(1200, partition.get("lastCheckpoint").asLong(), "12 chunks of 100 pages committed before the fault");
                pagesInRange = partition.get("pagesExpected").asLong();
            }
        }
        assertTrue(pagesInRange > 1234);

        ApiClient.Answer restarted = admin.post("/api/jobs/" + first + "/restart", null);
        assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
        JsonNode completed = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 180);
        assertEquals("COMPLETED", completed.get("status").asText(), completed::toString);
        assertEquals(1, completed.get("partitions").size(), "only the failed partition runs again");
        JsonNode resumed = completed.get("partitions").get(0);
        assertEquals("K-O", resumed.get("range").asText());
        assertEquals(pagesInRange - 1200, resumed.get("itemsRead").asLong(), "resumed after the committed pages");
        assertEquals(undisturbed, Database.entryDigest(), "the same entries and addresses as an undisturbed run");
    }
}
