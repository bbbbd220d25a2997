package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.aqea.registry.MerkleTree;
import org.aqea.registry.TreeHead;
import org.aqea.store.transfer.RegistryTransfer;
import org.aqea.testing.DumpFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The address registry through the server: a run logs its allocations and signs a head, which anybody reads with
 * the server's key; an entry names its allocation leaf, whose inclusion proof checks against the head, by this
 * test's own hashing and by {@code aqea-cli registry check-proof}; a second, complete run logs its deprecations and
 * signs a larger head, and the consistency proof between the two heads checks too. A changed proof does not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryIT {

    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void serverReady() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    @Test
    void runsLogAllocationsAndDeprecationsUnderSignedHeadsWithProofsThatCheck() throws Exception {
        Database.clear();
        assertEquals(404, ApiClient.anonymous().get("/api/registry/head").status(), "no head before any run");
        List<DumpFiles.Page> pages = Jobs.pages(1_000, 37);
        Jobs.run(admin, Jobs.request(Jobs.bz2("registry-1.xml.bz2", pages), ""));
        long addressed = Database.count("SELECT count(*) FROM lexeme WHERE address IS NOT NULL");
        assertTrue(addressed > 200, "lexemes addressed: " + addressed);

        byte[] key = Base64.getDecoder().decode(ApiClient.anonymous().get("/api/registry/key").body().get("public_key").asText());
        TreeHead first = head();
        assertEquals(addressed, first.treeSize(), "one allocation leaf per addressed lexeme");
        assertTrue(first.signedBy(key), "signed by the published key");
        assertEquals("job " + Database.single("SELECT max(job_instance_id) FROM run_finish"),
                Database.single("SELECT string_agg(DISTINCT leaf::json ->> 'run', ',') FROM registry_leaf"), "the run names itself in its leaves");

        String address = Database.single("SELECT address FROM entry WHERE address IS NOT NULL ORDER BY word LIMIT 1");
        String lexemeKey = Database.single("SELECT lexeme_key FROM entry WHERE address = " + address + " LIMIT 1");
        String hex = String.format("%08X", Integer.parseInt(address));
        JsonNode entry = ApiClient.reader().get("/api/entries/" + hex).body();
        JsonNode proof = ApiClient.reader().get("/api/registry/proof/inclusion?address=" + hex).body();
        assertEquals(entry.get("registryLeaf").asLong(), proof.get("leaf_index").asLong(), entry::toString);
        assertEquals(first.treeSize(), proof.get("tree_size").asLong());
        assertEquals(lexemeKey, new com.fasterxml.jackson.databind.ObjectMapper().readTree(proof.get("leaf").asText())
                .get("lexeme").asText());
        assertTrue(MerkleTree.verifyInclusion(proof.get("leaf_index").asLong(), first.treeSize(),
                MerkleTree.leafHash(proof.get("leaf").asText().getBytes(StandardCharsets.UTF_8)), hashes(proof.get("audit_path")),
                first.rootHash()), proof::toString);

        Path dir = Files.createDirectories(Path.of("target", "it-registry").toAbsolutePath());
        Path keptHead = Files.writeString(dir.resolve("head-1.json"), RegistryTransfer.json(first).toString());
        Path publicKey = Files.writeString(dir.resolve("key.pem"), ApiClient.anonymous().get("/api/registry/key").body()
                .get("pem").asText());
        Path proofFile = Files.writeString(dir.resolve("inclusion.json"), proof.toString());
        PackagedCli.Answer checked = PackagedCli.run("registry", "check-proof", "--head", keptHead.toString(),
                "--public-key", publicKey.toString(), proofFile.toString());
        assertEquals(0, checked.status(), checked.output());
        ObjectNode changed = ((ObjectNode) proof).put("leaf", proof.get("leaf").asText().replace(lexemeKey, lexemeKey + "x"));
        PackagedCli.Answer refused = PackagedCli.run("registry", "check-proof", "--head", keptHead.toString(),
                "--public-key", publicKey.toString(), Files.writeString(dir.resolve("changed.json"), changed.toString()).toString());
        assertEquals(1, refused.status(), refused.output());
        assertTrue(refused.output().contains("is not in the tree the head signed"), refused.output());

        Jobs.run(admin, Jobs.request(Jobs.bz2("registry-2.xml.bz2", pages.subList(0, 980)), ",\"complete\":true"));
        long deprecated = Database.count("SELECT count(*) FROM lexeme WHERE status = 'deprecated'");
        assertTrue(deprecated > 0, "the complete run deprecated lexemes");
        TreeHead second = head();
        assertEquals(first.treeSize() + deprecated, second.treeSize(), "one leaf per deprecation");
        JsonNode heads = ApiClient.anonymous().get("/api/registry/heads").body();
        assertEquals(List.of(first.treeSize(), second.treeSize()), List.of(heads.get(0).get("tree_size").asLong(),
                heads.get(1).get("tree_size").asLong()));

        JsonNode consistency = ApiClient.reader().get("/api/registry/proof/consistency?from=" + first.treeSize() + "&to="
                + second.treeSize()).body();
        assertTrue(MerkleTree.verifyConsistency(first.treeSize(), second.treeSize(), hashes(consistency.get("proof")),
                first.rootHash(), second.rootHash()), consistency::toString);
        Path newHead = Files.writeString(dir.resolve("head-2.json"), RegistryTransfer.json(second).toString());
        Path consistencyFile = Files.writeString(dir.resolve("consistency.json"), consistency.toString());
        PackagedCli.Answer extended = PackagedCli.run("registry", "check-proof", "--head", keptHead.toString(), "--new-head",
                newHead.toString(), "--public-key", publicKey.toString(), consistencyFile.toString());
        assertEquals(0, extended.status(), extended.output());
        ArrayNode path = (ArrayNode) consistency.get("proof");
        path.set(0, path.get(0).asText().replace(path.get(0).asText().charAt(0), path.get(0).asText().charAt(0) == 'a' ? 'b' : 'a'));
        PackagedCli.Answer rewritten = PackagedCli.run("registry", "check-proof", "--head", keptHead.toString(), "--new-head",
                newHead.toString(), "--public-key", publicKey.toString(),
                Files.writeString(dir.resolve("consistency-changed.json"), consistency.toString()).toString());
        assertEquals(1, rewritten.status(), rewritten.output());
        assertTrue(rewritten.output().contains("does not extend"), rewritten.output());

        assertEquals(400, ApiClient.reader().get("/api/registry/proof/inclusion").status());
        assertEquals(400, ApiClient.reader().get("/api/registry/proof/consistency?from=5&to=4").status());
        assertEquals(404, ApiClient.reader().get("/api/registry/proof/inclusion?address=20FFFFFE").status());
        assertEquals(404, ApiClient.reader().get("/api/registry/proof/consistency?from=1&to=" + (second.treeSize() + 1)).status());
    }

    private static TreeHead head() {
        return RegistryTransfer.head(ApiClient.anonymous().get("/api/registry/head").body());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(HexFormat.of().parseHex(hash.asText())));
        return hashes;
    }
}
