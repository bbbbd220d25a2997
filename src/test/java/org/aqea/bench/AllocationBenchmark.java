package org.aqea.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.aqea.address.AddressAllocator;
import org.aqea.address.AllocationRequest;
import org.aqea.address.InMemoryAddressRegistry;
import org.aqea.address.LexemeKey;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.store.lexicon.PostgresAddressRegistry;
import org.aqea.testing.Secrets;

/**
 * Allocations per second: in memory (1,000,000 lexemes in one batch, as the offline command does), and against
 * PostgreSQL (200,000 lexemes in batches of 50,000 and in one batch, as the job's allocate step does), in a
 * scratch schema that is dropped afterwards. The database is AQEA_DB_URL, else the embedded one of {@code -Prun}.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.AllocationBenchmark}
 */
public final class AllocationBenchmark {

    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<AllocationRequest> million = requests(1_000_000);
        AddressAllocator.allocate(requests(100_000), new InMemoryAddressRegistry());
        long start = System.nanoTime();
        AddressAllocator.allocate(million, new InMemoryAddressRegistry());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("allocation benchmark, in memory: %,d lexemes in %.2f s, %,.0f allocations per second%n",
                million.size(), seconds, million.size() / seconds);

        String url = System.getenv().getOrDefault("AQEA_DB_URL", "jdbc:postgresql://127.0.0.1:15432/postgres");
        try (Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault("AQEA_DB_USER", "postgres"),
                Secrets.value("AQEA_DB_PASSWORD"))) {
            String schema = "aqea_bench_" + System.currentTimeMillis();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("CREATE TABLE " + schema + ".lexeme (LIKE public.lexeme INCLUDING ALL)");
                statement.execute("SET search_path TO " + schema);
            }
            try {
                List<AllocationRequest> requests = requests(200_000);
                for (int batch : new int[] {50_000, 200_000}) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("TRUNCATE lexeme");
                    }
                    connection.setAutoCommit(false);
                    start = System.nanoTime();
                    for (int from = 0; from < requests.size(); from += batch) {
                        PostgresAddressRegistry.allocate(connection, requests.subList(from, Math.min(requests.size(), from + batch)));
                        connection.commit();
                    }
                    seconds = (System.nanoTime() - start) / 1e9;
                    connection.setAutoCommit(true);
                    System.out.printf("allocation benchmark, PostgreSQL, batches of %,d: %,d lexemes in %.2f s, %,.0f allocations per second%n",
                            batch, requests.size(), seconds, requests.size() / seconds);
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static List<AllocationRequest> requests(int count) {
        WordClass[] classes = {WordClass.NOUN, WordClass.VERB, WordClass.ADJECTIVE, WordClass.PROPER_NOUN};
        SemanticField[] fields = SemanticField.values();
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            WordClass wordClass = classes[i % classes.length];
            return new AllocationRequest(LexemeKey.of("de", "Wort" + i, wordClass, List.of(), 0), 0x20, wordClass,
                    fields[(i / 7) % fields.length]);
        }).toList();
    }
}
