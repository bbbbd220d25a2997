package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * The offline command's import, run as users run it ({@code java -jar target/aqea-cli.jar import}), of an export
 * into a new, empty database: the same entries and the same address registry as the server's database, and with
 * the registry's exported log the same leaves and signed heads, which {@code registry verify} then checks there
 * against the server's published key.
 */
final class ImportRoundTrip {

    private static final String DATABASE = "aqea_import_test";

    private ImportRoundTrip() {
    }

    /** Every leaf of the log in order, and every signed head. */
    static final String REGISTRY_DIGEST = """
            SELECT (SELECT count(*) || ':' || coalesce(md5(string_agg(leaf_index || leaf || encode(leaf_hash, 'hex'), ','
                        ORDER BY leaf_index)), '') FROM registry_leaf)
                || ' ' || (SELECT count(*) || ':' || coalesce(md5(string_agg(tree_size || encode(root_hash, 'hex')
                        || signed_at || encode(signature, 'hex'), ',' ORDER BY tree_size)), '') FROM registry_head)""";

    static void assertImportGivesTheSameLexicon(byte[] gzippedExport) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "it-import").toAbsolutePath());
        Path export = Files.write(dir.resolve("lexicon.jsonl.gz"), gzippedExport);
        Path registry = Files.write(dir.resolve("registry.jsonl"),
                ApiClient.reader().getBytesWith("/api/registry/export").body());
        Path publicKey = Files.writeString(dir.resolve("registry-key.pem"),
                ApiClient.anonymous().get("/api/registry/key").body().get("pem").asText());
        String firstLine = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzippedExport))
                .readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), firstLine + "\n{\"word\": \"Haus\"\n");
        try (Connection admin = Database.connect(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        String url = Database.urlOf(DATABASE);

        PackagedCli.Answer refused = PackagedCli.run("import", "--db-url", url, "--db-password-file", passwordFile(), broken.toString());
        assertEquals(1, refused.status(), refused.output());
        assertTrue(refused.output().contains("nothing imported: line 2 is not JSON"), refused.output());
        try (Connection imported = Database.connectTo(url)) {
            assertEquals("0:", Database.single(imported, Database.ENTRY_DIGEST), "a refused import stores nothing");
        }

        PackagedCli.Answer done = PackagedCli.run("import", "--db-url", url, "--db-password-file", passwordFile(),
                "--registry", registry.toString(), export.toString());
        assertEquals(0, done.status(), done.output());
        assertTrue(done.output().contains("imported: "), done.output());
        try (Connection imported = Database.connectTo(url); Connection original = Database.connect()) {
            assertEquals(Database.single(original, Database.ENTRY_DIGEST), Database.single(imported, Database.ENTRY_DIGEST),
                    "the same entries: addresses, statuses, content hashes");
            assertEquals(Database.single(original, Database.LEXEME_DIGEST), Database.single(imported, Database.LEXEME_DIGEST),
                    "the same address registry");
            String logged = Database.single(original, REGISTRY_DIGEST);
            assertTrue(!logged.startsWith("0:"), "the server logged its allocations: " + logged);
            assertEquals(logged, Database.single(imported, REGISTRY_DIGEST), "the same leaves and heads, none added");
        }
        PackagedCli.Answer verified = PackagedCli.run("registry", "verify", "--db-url", url, "--db-password-file",
                passwordFile(), "--public-key", publicKey.toString());
        assertEquals(0, verified.status(), verified.output());
        assertTrue(verified.output().contains("verified: the log holds"), verified.output());

        PackagedCli.Answer again = PackagedCli.run("import", "--db-url", url, "--db-password-file", passwordFile(), export.toString());
        assertEquals(1, again.status());
        assertTrue(again.output().contains("the lexicon database is not empty"), again.output());
        assertEquals(2, PackagedCli.run("import", export.toString()).status(), "no --db-url");
    }

    private static String passwordFile() {
        return Path.of(System.getProperty("aqea.secrets.dir"), "AQEA_DB_PASSWORD").toString();
    }
}
