package org.aqea.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.aqea.address.AddressAllocator;
import org.aqea.address.AllocationRequest;
import org.aqea.address.InMemoryAddressRegistry;
import org.aqea.address.LexemeKey;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.registry.SigningKey;
import org.aqea.store.Migrations;
import org.aqea.store.lexicon.PostgresAddressRegistry;
import org.aqea.store.registry.RegistryLog;
import org.aqea.testing.EmptyLexicon;
import org.aqea.testing.Secrets;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Allocations per second: in memory (1,000,000 lexemes in one batch, as the offline command does), and against
 * PostgreSQL with and without the address registry's log, with the log's size, a head's signing and a full audit,
 * in a scratch database made on the server of AQEA_DB_URL (else the embedded one of {@code -Prun}) and dropped
 * afterwards.
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
        String user = System.getenv().getOrDefault("AQEA_DB_USER", "postgres");
        String database = "aqea_bench_" + System.currentTimeMillis();
        String scratch = url.substring(0, url.lastIndexOf('/') + 1) + database;
        try (Connection admin = DriverManager.getConnection(url, user, Secrets.value("AQEA_DB_PASSWORD"))) {
            execute(admin, "CREATE DATABASE " + database);
            try {
                PGSimpleDataSource migrated = new PGSimpleDataSource();
                migrated.setURL(scratch);
                migrated.setUser(user);
                migrated.setPassword(Secrets.value("AQEA_DB_PASSWORD"));
                Migrations.apply(migrated);
                try (Connection connection = migrated.getConnection()) {
                    inDatabase(connection);
                }
            } finally {
                execute(admin, "DROP DATABASE " + database);
            }
        }
    }

    /**
     * 200,000 allocations in one transaction, as the job's allocate step makes them, and 100,000 of them deprecated in
     * one statement, as its finish step does; with the registry's log (as the server runs) and with its triggers off,
     * in turns, three times each. Then the log's size, a head's signing and a full audit of it.
     */
    private static void inDatabase(Connection connection) throws Exception {
        List<AllocationRequest> requests = requests(200_000);
        List<Double> logged = new ArrayList<>();
        List<Double> unlogged = new ArrayList<>();
        List<Double> loggedDeprecation = new ArrayList<>();
        List<Double> unloggedDeprecation = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            boolean log = round % 2 == 0;
            EmptyLexicon.empty(connection);
            for (String trigger : List.of("registry_log_inserted", "registry_log_updated")) {
                execute(connection, "ALTER TABLE lexeme " + (log ? "ENABLE" : "DISABLE") + " TRIGGER " + trigger);
            }
            connection.setAutoCommit(false);
            RegistryLog.nameRun(connection, "benchmark");
            long start = System.nanoTime();
            PostgresAddressRegistry.allocate(connection, requests);
            connection.commit();
            (log ? logged : unlogged).add((System.nanoTime() - start) / 1e9);
            RegistryLog.nameRun(connection, "benchmark");
            start = System.nanoTime();
            execute(connection, "UPDATE lexeme SET status = 'deprecated' WHERE lexeme_key LIKE '%Wort_____|%'");
            connection.commit();
            (log ? loggedDeprecation : unloggedDeprecation).add((System.nanoTime() - start) / 1e9);
            connection.setAutoCommit(true);
        }
        for (String trigger : List.of("registry_log_inserted", "registry_log_updated")) {
            execute(connection, "ALTER TABLE lexeme ENABLE TRIGGER " + trigger);
        }
        System.out.printf("allocation benchmark, PostgreSQL, one batch of %,d: %.2f s with the registry's log, %.2f s without"
                        + " (medians of 3: %s, %s); %,.0f allocations per second with it%n", requests.size(), median(logged),
                median(unlogged), logged, unlogged, requests.size() / median(logged));
        System.out.printf("deprecation benchmark, PostgreSQL, 90,000 lexemes in one statement: %.2f s with the log, %.2f s"
                + " without (medians of 3)%n", median(loggedDeprecation), median(unloggedDeprecation));
        // The last round logged nothing: log once more, as the server does, for the size, the head and the audit.
        EmptyLexicon.empty(connection);
        connection.setAutoCommit(false);
        RegistryLog.nameRun(connection, "benchmark");
        PostgresAddressRegistry.allocate(connection, requests);
        connection.commit();
        connection.setAutoCommit(true);
        long leaves = RegistryLog.size(connection);
        long bytes;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_total_relation_size('registry_leaf')")) {
            rs.next();
            bytes = rs.getLong(1);
        }
        System.out.printf("registry log: %,d leaves in %.1f MB (%.1f MB per 100,000 allocations, indexes included)%n",
                leaves, bytes / 1e6, bytes / 1e6 * 100_000 / leaves);
        SigningKey key = SigningKey.loadOrCreate(Files.createTempDirectory("aqea-bench").resolve("key.pem"));
        long start = System.nanoTime();
        RegistryLog.signHead(connection, key);
        System.out.printf("registry head signed over %,d leaves in %.2f s%n", leaves, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        RegistryLog.Audit audit = RegistryLog.audit(connection, key.publicKey(), null);
        System.out.printf("registry verify: %,d leaves, %,d lexemes in %.2f s, %d findings%n", audit.leaves(),
                audit.addressedLexemes(), (System.nanoTime() - start) / 1e9, audit.findings().size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
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
