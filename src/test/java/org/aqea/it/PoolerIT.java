package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.aqea.testing.EmptyLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lexicon behind a pooler in transaction mode, as Supabase's users reach it on port 6543: Debian's PgBouncer
 * ({@code pool_mode = transaction}, four server connections for the server's twenty) started here on a loopback port
 * in front of this machine's PostgreSQL, the packaged server with {@code AQEA_LEXICON_POOLER=transaction}. The job
 * stores what a run on a direct connection stores, and a run killed with {@code kill -9} and restarted through the
 * pooler too, without one error of the pooler's kind (a prepared statement unknown or known twice, a bind that does not
 * fit) in the server's output. Without PgBouncer the test is skipped, unless {@code AQEA_REQUIRE_PGBOUNCER} is set (CI
 * installs it).
 */
class PoolerIT {

    private static final Path PGBOUNCER = Path.of("/usr/sbin/pgbouncer");
    private static final String DATABASE = "aqea_pooler";
    private static final int POOLER_PORT = 16432;
    /** This machine's PostgreSQL, trust on loopback. */
    private static final String MACHINE = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DIRECT = MACHINE + DATABASE;
    private static final String POOLED = "jdbc:postgresql://127.0.0.1:" + POOLER_PORT + "/" + DATABASE;
    private static final PackagedServer PACKAGED = PackagedServer.liberty(Path.of("target", "pooler-server").toAbsolutePath(), 19180);
    /** What a pooler in transaction mode answers a client that relies on its session. */
    private static final List<String> POOLER_ERRORS = List.of("prepared statement \"S_", "bind message supplies",
            "PSQLException", "current transaction is aborted");

    private static Path pgbouncerHome;
    private static Process pgbouncer;

    @BeforeAll
    static void startPgBouncer() throws Exception {
        boolean installed = Files.isExecutable(PGBOUNCER);
        assertTrue(installed || System.getenv("AQEA_REQUIRE_PGBOUNCER") == null, PGBOUNCER + " is missing (apt-get install pgbouncer)");
        assumeTrue(installed, "PgBouncer is not installed");
        try (Connection machine = DriverManager.getConnection(MACHINE + "postgres", "postgres", "");
             Statement statement = machine.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        pgbouncerHome = Files.createTempDirectory("aqea-pgbouncer", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path ini = pgbouncerHome.resolve("pgbouncer.ini");
        Files.writeString(ini, """
                [databases]
                %s = host=127.0.0.1 port=5432 dbname=%s user=postgres

                [pgbouncer]
                listen_addr = 127.0.0.1
                listen_port = %d
                unix_socket_dir =
                auth_type = any
                pool_mode = transaction
                default_pool_size = 4
                max_client_conn = 200
                ignore_startup_parameters = extra_float_digits
                logfile = %s
                """.formatted(DATABASE, DATABASE, POOLER_PORT, pgbouncerHome.resolve("pgbouncer.log")), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(PGBOUNCER.toString()));
        if (System.getProperty("user.name").equals("root")) {
            // PgBouncer refuses to run as root.
            UserPrincipal postgres = pgbouncerHome.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(pgbouncerHome, postgres);
            Files.setOwner(ini, postgres);
            command.addAll(List.of("-u", "postgres"));
        }
        command.add(ini.toString());
        pgbouncer = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(pgbouncerHome.resolve("pgbouncer.out").toFile()).start();
        awaitPooler();
    }

    @AfterAll
    static void stopPgBouncer() throws Exception {
        if (pgbouncer != null) {
            pgbouncer.destroy();
            pgbouncer.waitFor(30, TimeUnit.SECONDS);
            try (Connection machine = DriverManager.getConnection(MACHINE + "postgres", "postgres", "");
                 Statement statement = machine.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
            try (Stream<Path> files = Files.list(pgbouncerHome)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(pgbouncerHome);
        }
    }

    @Test
    void throughATransactionPoolerTheJobStoresWhatADirectRunStoresAlsoAfterAKill() throws Exception {
        Path dump = Jobs.bz2("pooler.xml.bz2", Jobs.pages(6_000, 29));
        ApiClient admin = ApiClient.admin().at(PACKAGED.base());

        String direct = runToTheEnd(admin, dump, Map.of("AQEA_LEXICON_DB_URL", DIRECT), "direct");
        assertTrue(Long.parseLong(direct.substring(0, direct.indexOf(':'))) > 5_000, "the direct run stored the dump: " + direct);
        clearLexicon();
        Map<String, String> pooled = Map.of("AQEA_LEXICON_DB_URL", POOLED, "AQEA_LEXICON_POOLER", "transaction");
        // The pooled server runs the dump to the end, then again into an empty lexicon until it is killed.
        Process server = PACKAGED.start(pooled, "pooled");
        long killed;
        try {
            ApiClient.anonymous().at(PACKAGED.base()).awaitHealthy(server::isAlive);
            JsonNode job = Jobs.run(admin, Jobs.request(dump, ""));
            assertEquals("COMPLETED", job.get("status").asText(), job.toString());
            assertEquals(direct, digest(), "the pooled run stores what the direct one does");
            clearLexicon();
            killed = Jobs.start(admin, Jobs.request(dump, ",\"chunkSize\":10,\"threads\":2"));
            Jobs.awaitWritten(admin, killed, 1_000);
        } finally {
            PackagedServer.kill(server);
        }
        assertTrue(!server.isAlive(), "kill -9 ends the server");
        assertNoPoolerErrors("pooled");
        Process again = PACKAGED.start(pooled, "pooled-restarted");
        try {
            ApiClient.anonymous().at(PACKAGED.base()).awaitHealthy(again::isAlive);
            ApiClient.Answer restarted = admin.post("/api/jobs/" + killed + "/restart", null);
            assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
            JsonNode completed = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 300);
            assertEquals("COMPLETED", completed.get("status").asText(), completed.toString());
            assertEquals(direct, digest(), "nothing lost, nothing twice through the pooler after a kill");
        } finally {
            PackagedServer.stop(again);
        }
        assertNoPoolerErrors("pooled-restarted");
    }

    /** A run of the whole dump on a new server with these settings: the lexicon's digest after it. */
    private static String runToTheEnd(ApiClient admin, Path dump, Map<String, String> settings, String name) throws Exception {
        Process server = PACKAGED.start(settings, name);
        try {
            ApiClient.anonymous().at(PACKAGED.base()).awaitHealthy(server::isAlive);
            JsonNode job = Jobs.run(admin, Jobs.request(dump, ""));
            assertEquals("COMPLETED", job.get("status").asText(), job.toString());
            return digest();
        } finally {
            PackagedServer.stop(server);
        }
    }

    private static void assertNoPoolerErrors(String name) throws IOException {
        String output = Files.readString(PACKAGED.log(name), StandardCharsets.UTF_8);
        for (String error : POOLER_ERRORS) {
            assertTrue(!output.contains(error), name + ": the server's output holds '" + error + "'");
        }
    }

    private static String digest() throws SQLException {
        try (Connection lexicon = DriverManager.getConnection(DIRECT, "postgres", "")) {
            return Database.single(lexicon, Database.ENTRY_DIGEST) + " " + Database.single(lexicon, Database.LEXEME_DIGEST);
        }
    }

    private static void clearLexicon() throws SQLException {
        try (Connection connection = DriverManager.getConnection(DIRECT, "postgres", "")) {
            EmptyLexicon.empty(connection);
        }
    }

    private static void awaitPooler() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try (Connection pooled = DriverManager.getConnection(POOLED, "postgres", "")) {
                assertEquals("1", Database.single(pooled, "SELECT 1"));
                return;
            } catch (SQLException e) {
                assertTrue(pgbouncer.isAlive(), "PgBouncer ended: see " + pgbouncerHome);
                assertTrue(System.currentTimeMillis() < deadline, "PgBouncer does not answer within 30 s: " + e.getMessage());
                Thread.sleep(200);
            }
        }
    }
}
