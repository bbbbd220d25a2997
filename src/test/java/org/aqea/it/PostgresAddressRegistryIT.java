package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aqea.testing.Secrets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aqea.address.AllocationRequest;
import org.aqea.address.Allocation;
import org.aqea.address.LexemeKey;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.aqea.store.lexicon.PostgresAddressRegistry;

/**
 * The database registry under concurrency, against the test PostgreSQL (AQEA_DB_URL, as the server uses it):
 * threads allocating overlapping sets at once produce no duplicate, and each lexeme is addressed once. Arquillian
 * only starts the server, whose start applies the migrations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresAddressRegistryIT {

    static Connection connect() throws Exception {
        String url = System.getenv("AQEA_DB_URL");
        String user = System.getenv().getOrDefault("AQEA_DB_USER", "postgres");
        String password = Secrets.value("AQEA_DB_PASSWORD");
        return DriverManager.getConnection(url, user, password);
    }

    @Test
    void concurrentAllocatorsWithOverlappingSetsNeverShareAnAddress() throws Exception {
        String prefix = "concurrency-" + System.nanoTime();
        List<AllocationRequest> all = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // Few blocks, so that the threads compete for the same elements and overflow.
            SemanticField field = i % 2 == 0 ? SemanticField.ANIMALS : SemanticField.PLANTS;
            all.add(new AllocationRequest(LexemeKey.of("nl", prefix + i, WordClass.NOUN, List.of(), 0), 0x2A, WordClass.NOUN, field));
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<Map<LexemeKey, Allocation>>> results = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            List<AllocationRequest> mine = new ArrayList<>(all.subList(t * 300, Math.min(all.size(), t * 300 + 1_500)));
            Collections.shuffle(mine, new Random(t));
            results.add(threads.submit(() -> {
                try (Connection connection = connect()) {
                    connection.setAutoCommit(false);
                    Map<LexemeKey, Allocation> allocations = PostgresAddressRegistry.allocate(connection, mine).allocations();
                    connection.commit();
                    return allocations;
                }
            }));
        }
        Map<LexemeKey, String> seen = new java.util.HashMap<>();
        for (Future<Map<LexemeKey, Allocation>> result : results) {
            for (Allocation allocation : result.get().values()) {
                assertNotNull(allocation.address());
                String before = seen.putIfAbsent(allocation.key(), allocation.address().toString());
                if (before != null) {
                    assertEquals(before, allocation.address().toString(), "a lexeme keeps the address another thread gave it");
                }
            }
        }
        threads.shutdown();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*), count(DISTINCT address) FROM lexeme WHERE lexeme_key LIKE 'nl|"
                     + prefix + "%'")) {
            rs.next();
            assertEquals(all.size(), rs.getInt(1), "every lexeme addressed once");
            assertEquals(all.size(), rs.getInt(2), "no duplicate address");
        }
        assertEquals(all.size(), seen.size());
    }

    @Test
    void anAllocatorThatFindsItsClassLockedCountsAConflictAndWaits() throws Exception {
        List<AllocationRequest> requests = List.of(new AllocationRequest(
                LexemeKey.of("nl", "conflict-" + System.nanoTime(), WordClass.VERB, List.of(), 0), 0x2A, WordClass.VERB, SemanticField.GENERAL));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection holder = connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + ((0x41514541L << 32) | 0x2A00 | WordClass.VERB.code()) + ")");
            }
            Future<PostgresAddressRegistry.Result> waiting = thread.submit(() -> {
                try (Connection connection = connect()) {
                    connection.setAutoCommit(false);
                    PostgresAddressRegistry.Result result = PostgresAddressRegistry.allocate(connection, requests);
                    connection.commit();
                    return result;
                }
            });
            awaitAdvisoryLockWait();
            assertFalse(waiting.isDone(), "the allocator waits while another one holds the class");
            holder.commit();
            PostgresAddressRegistry.Result result = waiting.get();
            assertEquals(1, result.lockConflicts());
            assertNotNull(result.allocations().get(requests.get(0).key()).address());
        } finally {
            thread.shutdown();
        }
    }

    /**
     * Until PostgreSQL shows a session waiting for an advisory lock: the allocator has reached the held class. Asked on
     * a connection of its own, each time in a transaction of its own (a transaction sees one snapshot of the activity).
     */
    private static void awaitAdvisoryLockWait() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Connection observer = connect(); Statement statement = observer.createStatement()) {
            while (true) {
                try (java.sql.ResultSet waiting = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return;
                    }
                }
                assertTrue(System.nanoTime() < deadline, "no allocator waited for the held class within 30 s");
                Thread.sleep(10);
            }
        }
    }
}
