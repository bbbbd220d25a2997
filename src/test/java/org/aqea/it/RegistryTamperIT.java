package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.aqea.address.Allocation;
import org.aqea.address.AllocationRequest;
import org.aqea.address.LexemeKey;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.cli.AqeaCli;
import org.aqea.registry.LogAudit;
import org.aqea.registry.SigningKey;
import org.aqea.store.Migrations;
import org.aqea.store.lexicon.PostgresAddressRegistry;
import org.aqea.store.registry.RegistryLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The address registry's log on a real database (this machine's PostgreSQL, a database of its own made anew for
 * each test): the database refuses every change of the log and of an addressed lexeme's identity; a superuser who
 * gets past the triggers changes something, and {@code registry verify} reports what and where; an untouched
 * lexicon verifies; a head kept by a user exposes a log rewritten and signed again.
 */
class RegistryTamperIT {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/aqea_registry_it";

    @TempDir
    Path dir;

    private SigningKey key;
    private Map<LexemeKey, Allocation> allocated;
    private final List<AllocationRequest> requests = new ArrayList<>();

    @BeforeEach
    void aLexiconWithAllocationsDeprecationsAndASignedHead() throws Exception {
        Migrations.apply(newDatabase("aqea_registry_it", "postgres"));
        for (int i = 0; i < 300; i++) {
            requests.add(new AllocationRequest(LexemeKey.of("de", "Wort" + i, i % 3 == 0 ? WordClass.VERB : WordClass.NOUN,
                    List.of(), 0), 0x20, i % 3 == 0 ? WordClass.VERB : WordClass.NOUN,
                    i % 2 == 0 ? SemanticField.ANIMALS : SemanticField.GENERAL));
        }
        key = SigningKey.loadOrCreate(dir.resolve("registry.pem"));
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            RegistryLog.nameRun(connection, "job 1");
            allocated = PostgresAddressRegistry.allocate(connection, requests).allocations();
            connection.commit();
            RegistryLog.nameRun(connection, "job 2");
            execute(connection, "UPDATE lexeme SET status = 'deprecated' WHERE lexeme_key IN ('de|Wort1|01||0', 'de|Wort2|01||0')");
            connection.commit();
            RegistryLog.nameRun(connection, "job 2");
            execute(connection, "UPDATE lexeme SET status = 'active' WHERE lexeme_key = 'de|Wort2|01||0'");
            execute(connection, """
                    INSERT INTO entry (edition, page_id, heading_index, revision_id, word, pos, word_class, field, field_rule,
                        label, label_key, description, status, lexical, content_hash, created_by, lexeme_key, address, lang_code)
                    SELECT 'de', 7, 0, 1, 'Wort7', 'noun', word_class, 'general', 'test', 'Wort7', 'wort7', 'Wort7', 'active', '{}',
                        'hash', 'test', lexeme_key, address, 'de' FROM lexeme WHERE lexeme_key = 'de|Wort7|01||0'""");
            RegistryLog.signHead(connection, key);
            connection.commit();
        }
    }

    @Test
    void anUntouchedLexiconVerifiesAndItsLogHoldsEveryAllocationAndChange() throws Exception {
        assertEquals(List.of(), findings());
        try (Connection connection = connect()) {
            assertEquals(303, RegistryLog.size(connection), "300 allocations, 2 deprecations, 1 restoration");
            assertEquals("job 2", Database.single(connection, "SELECT leaf::json ->> 'run' FROM registry_leaf WHERE leaf_index = 302"));
            assertEquals(303, RegistryLog.latestHead(connection).orElseThrow().treeSize());
        }
        Cli verify = cli("registry", "verify", "--db-url", URL, "--public-key", publicKeyFile().toString());
        assertEquals(0, verify.status(), verify.output());
        assertTrue(verify.output().contains("read 303 leaves, 300 addressed lexemes, 1 addresses of live entries"), verify.output());
    }

    @Test
    void theDatabaseRefusesEveryChangeOfTheLogAndOfAnAddressedLexemesIdentity() throws Exception {
        try (Connection connection = connect()) {
            for (String change : List.of("UPDATE registry_leaf SET leaf = leaf WHERE leaf_index = 0",
                    "DELETE FROM registry_leaf WHERE leaf_index = 0", "TRUNCATE registry_leaf",
                    "DELETE FROM registry_head", "UPDATE registry_head SET tree_size = 1")) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(connection, change), change);
                assertTrue(refused.getMessage().contains("the address registry is append-only"), refused.getMessage());
            }
            int address = address("de|Wort5|01||0");
            for (String change : List.of("UPDATE lexeme SET field = field + 1 WHERE address = " + address,
                    "UPDATE lexeme SET lexeme_key = 'de|Fälschung|01||0' WHERE address = " + address,
                    "UPDATE lexeme SET address = address + 1000 WHERE address = " + address,
                    "DELETE FROM lexeme WHERE address = " + address)) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(connection, change), change);
                assertTrue(refused.getMessage().contains("has address " + String.format("%08X", address)), refused.getMessage());
            }
        }
        assertEquals(List.of(), findings(), "nothing got through");
    }

    /**
     * A server role that is no superuser (Supabase's {@code postgres} is not) and owns the tables, as a role that ran
     * the migrations does: it may switch the triggers off, but the rights to change the log are gone.
     */
    @Test
    void aRoleThatOwnsTheTablesButIsNoSuperuserCannotChangeTheLogEvenWithTheTriggersOff() throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            execute(admin, "DROP DATABASE IF EXISTS aqea_registry_owner_it");
            execute(admin, "DROP ROLE IF EXISTS aqea_registry_owner");
            execute(admin, "CREATE ROLE aqea_registry_owner LOGIN NOSUPERUSER");
        }
        PGSimpleDataSource owner = newDatabase("aqea_registry_owner_it", "aqea_registry_owner");
        Migrations.apply(owner);
        try (Connection connection = owner.getConnection()) {
            PostgresAddressRegistry.allocate(connection, requests.subList(0, 10));
            assertEquals(10, RegistryLog.size(connection));
            execute(connection, "ALTER TABLE registry_leaf DISABLE TRIGGER USER");
            for (String change : List.of("UPDATE registry_leaf SET leaf = leaf", "DELETE FROM registry_leaf",
                    "TRUNCATE registry_leaf", "DELETE FROM registry_head")) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(connection, change), change);
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
            SQLException replica = assertThrows(SQLException.class,
                    () -> execute(connection, "SET session_replication_role = replica"));
            assertTrue(replica.getMessage().contains("permission denied"), replica.getMessage());
        }
    }

    @Test
    void anAddressGivenToAnotherLexemeIsReported() throws Exception {
        int address = address("de|Wort5|01||0");
        pastTheTriggers("UPDATE lexeme SET lexeme_key = 'de|Fälschung|01||0' WHERE address = " + address);
        assertEquals(List.of(String.format("address %08X: the lexicon gives it to de|Fälschung|01||0, the log to"
                + " de|Wort5|01||0 (leaf %d)", address, leafOf(address))), findings());
        Cli verify = cli("registry", "verify", "--db-url", URL, "--public-key", publicKeyFile().toString());
        assertEquals(1, verify.status(), verify.output());
        assertTrue(verify.output().contains("1 findings: the log or the lexicon was changed"), verify.output());
    }

    @Test
    void anEntryCarryingAnotherLexemesAddressIsReported() throws Exception {
        int other = address("de|Wort11|01||0");
        pastTheTriggers("UPDATE entry SET address = " + other + " WHERE word = 'Wort7'");
        assertEquals(List.of(String.format("address %08X: entry 'Wort7' of lexeme de|Wort7|01||0 carries it; the log gave"
                + " it to de|Wort11|01||0 (leaf %d)", other, leafOf(other))), findings());
    }

    @Test
    void aLeafEditedIsReportedByItsHashAndBySignedRoot() throws Exception {
        pastTheTriggers("UPDATE registry_leaf SET leaf = replace(leaf, '\"run\" : \"job 1\"', '\"run\" : \"job 9\"') WHERE leaf_index = 4");
        List<String> findings = findings();
        assertTrue(findings.contains("leaf 4: its text does not give its stored hash (the leaf was edited)"), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("the latest signed head (303 leaves")
                && f.contains("do not give the signed root")), findings.toString());
    }

    @Test
    void aLeafEditedWithItsHashMadeAgainIsReportedByTheSignedRootAndTheLexicon() throws Exception {
        int address = address("de|Wort4|01||0");
        pastTheTriggers("UPDATE registry_leaf SET leaf = replace(leaf, 'Wort4|', 'Wort404|') WHERE address = " + address,
                "UPDATE registry_leaf SET leaf_hash = sha256('\\x00'::bytea || convert_to(leaf, 'UTF8')) WHERE address = " + address);
        List<String> findings = findings();
        assertTrue(findings.stream().anyMatch(f -> f.contains("do not give the signed root")), findings.toString());
        assertTrue(findings.contains(String.format("address %08X: the lexicon gives it to de|Wort4|01||0, the log to"
                + " de|Wort404|01||0 (leaf %d)", address, leafOf(address))), findings.toString());
    }

    @Test
    void aLeafDeletedIsReported() throws Exception {
        pastTheTriggers("DELETE FROM registry_leaf WHERE leaf_index = 300");
        List<String> findings = findings();
        assertTrue(findings.contains("leaf 300: missing: the log goes on at leaf 301 (leaves were deleted)"), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("the latest signed head") && f.contains("signed 303 leaves,"
                + " the log holds 302")), findings.toString());
    }

    @Test
    void aLexemesFieldChangedAndALexemeDeletedAreReported() throws Exception {
        int changed = address("de|Wort8|01||0");
        int deleted = address("de|Wort10|01||0");
        pastTheTriggers("UPDATE lexeme SET field = " + SemanticField.PLANTS.code() + " WHERE address = " + changed,
                "DELETE FROM lexeme WHERE address = " + deleted);
        assertEquals(List.of(
                String.format("address %08X: lexeme de|Wort8|01||0 differs from the log (leaf %d): field %d where the log"
                        + " says %d", changed, leafOf(changed), SemanticField.PLANTS.code(), SemanticField.ANIMALS.code()),
                String.format("address %08X: the log gave it to de|Wort10|01||0 (leaf %d); no lexeme of the lexicon has it"
                        + " (the lexeme was deleted)", deleted, leafOf(deleted))), findings());
    }

    @Test
    void aHeadKeptByAUserExposesALogRewrittenAndSignedAgain() throws Exception {
        Path kept = dir.resolve("kept-head.json");
        try (Connection connection = connect()) {
            Files.writeString(kept, org.aqea.store.transfer.RegistryTransfer.json(
                    RegistryLog.latestHead(connection).orElseThrow()).toString());
            connection.setAutoCommit(false);
            PostgresAddressRegistry.allocate(connection, List.of(new AllocationRequest(
                    LexemeKey.of("de", "Neu", WordClass.NOUN, List.of(), 0), 0x20, WordClass.NOUN, SemanticField.GENERAL)));
            RegistryLog.signHead(connection, key);
            connection.commit();
        }
        Cli grown = cli("registry", "verify", "--db-url", URL, "--head", kept.toString(), "--public-key", publicKeyFile().toString());
        assertEquals(0, grown.status(), "a log that only grew keeps the kept head: " + grown.output());

        int address = address("de|Wort13|01||0");
        pastTheTriggers("UPDATE registry_leaf SET leaf = replace(leaf, 'Wort13|', 'Wort1303|') WHERE address = " + address,
                "UPDATE registry_leaf SET leaf_hash = sha256('\\x00'::bytea || convert_to(leaf, 'UTF8')) WHERE address = " + address,
                "UPDATE lexeme SET lexeme_key = 'de|Wort1303|01||0' WHERE address = " + address);
        try (Connection connection = connect()) {
            // The operator holds the key and signs the rewritten log as a new, larger head.
            PostgresAddressRegistry.allocate(connection, List.of(new AllocationRequest(
                    LexemeKey.of("de", "Neuer", WordClass.NOUN, List.of(), 0), 0x20, WordClass.NOUN, SemanticField.GENERAL)));
            RegistryLog.signHead(connection, key);
        }
        Cli rewritten = cli("registry", "verify", "--db-url", URL, "--head", kept.toString(), "--public-key",
                publicKeyFile().toString());
        assertEquals(1, rewritten.status(), rewritten.output());
        assertTrue(rewritten.output().contains("the kept head (303 leaves"), rewritten.output());
        assertTrue(rewritten.output().contains("do not give the signed root"), rewritten.output());
        assertTrue(!rewritten.output().contains("the latest signed head"), "the latest head signs the rewritten log: "
                + rewritten.output());
    }

    /** A database made anew, owned with its schema by the role, which the answer connects as. */
    private static PGSimpleDataSource newDatabase(String name, String owner) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            execute(admin, "DROP DATABASE IF EXISTS " + name);
            execute(admin, "CREATE DATABASE " + name + " OWNER " + owner);
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/" + name;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            execute(connection, "ALTER SCHEMA public OWNER TO " + owner);
        }
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(url);
        database.setUser(owner);
        return database;
    }

    private List<String> findings() throws SQLException {
        try (Connection connection = connect()) {
            return RegistryLog.audit(connection, key.publicKey(), null).findings().stream().map(LogAudit.Finding::toString)
                    .toList();
        }
    }

    private void pastTheTriggers(String... changes) throws SQLException {
        try (Connection connection = connect()) {
            execute(connection, "SET session_replication_role = replica");
            for (String change : changes) {
                execute(connection, change);
            }
        }
    }

    private int address(String lexemeKey) {
        return allocated.get(LexemeKey.ofText(lexemeKey)).address().value();
    }

    private static long leafOf(int address) throws SQLException {
        try (Connection connection = connect()) {
            return RegistryLog.allocationLeaf(connection, address).orElseThrow();
        }
    }

    private Path publicKeyFile() throws Exception {
        return Files.writeString(dir.resolve("public-key.txt"), Base64.getEncoder().encodeToString(key.publicKey()));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private record Cli(int status, String output) {
    }

    /** The offline command in this JVM, its standard output and error caught. */
    private static synchronized Cli cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream caught = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(caught, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            return new Cli(AqeaCli.run(args), caught.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
