package org.aqea.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.aqea.registry.LogAudit;
import org.aqea.registry.MerkleTree;
import org.aqea.registry.TreeHead;
import org.aqea.store.registry.RegistryLog;
import org.aqea.store.transfer.RegistryTransfer;

/**
 * {@code registry verify}: the whole log of a lexicon database against itself, its latest signed head and the
 * lexicon; {@code registry check-proof}: a proof the API gave against heads the user kept. Exit status 0 when
 * everything holds, 1 when anything does not (each finding on its own line), 2 for a wrong command line.
 */
final class RegistryCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryCommand() {
    }

    static int run(String[] args) {
        if (args.length < 2 || !(args[1].equals("verify") || args[1].equals("check-proof"))) {
            System.err.println("registry needs verify or check-proof\n" + AqeaCli.USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                positional.add(args[i]);
            } else if (i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                System.err.println(args[i] + " needs a value\n" + AqeaCli.USAGE);
                return 2;
            }
        }
        List<String> known = args[1].equals("verify")
                ? List.of("--db-url", "--db-user", "--db-password-file", "--public-key", "--head")
                : List.of("--head", "--new-head", "--public-key");
        for (String option : options.keySet()) {
            if (!known.contains(option)) {
                System.err.println("unknown option '" + option + "' of registry " + args[1] + "\n" + AqeaCli.USAGE);
                return 2;
            }
        }
        try {
            return args[1].equals("verify") ? verify(options, positional) : checkProof(options, positional);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("aqea-cli: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            System.err.println("aqea-cli: the lexicon database cannot be read: " + e.getMessage());
            return 1;
        }
    }

    private static int verify(Map<String, String> options, List<String> positional) throws IOException, SQLException {
        String url = options.get("--db-url");
        if (url == null || !url.startsWith("jdbc:postgresql://") || !positional.isEmpty()) {
            System.err.println("registry verify needs --db-url jdbc:postgresql://host[:port]/database and nothing else\n"
                    + AqeaCli.USAGE);
            return 2;
        }
        byte[] trusted = options.containsKey("--public-key") ? publicKey(Path.of(options.get("--public-key"))) : null;
        TreeHead kept = options.containsKey("--head") ? head(Path.of(options.get("--head"))) : null;
        String passwordFile = options.get("--db-password-file");
        RegistryLog.Audit audit;
        try (Connection connection = ImportCommand.database(url, options.getOrDefault("--db-user", "postgres"),
                passwordFile == null ? null : Path.of(passwordFile)).getConnection()) {
            audit = RegistryLog.audit(connection, trusted, kept);
        }
        System.err.printf("read %,d leaves, %,d addressed lexemes, %,d addresses of live entries; latest signed head: %s%n",
                audit.leaves(), audit.addressedLexemes(), audit.addressedEntries(), audit.latestHead()
                        .map(h -> h.treeSize() + " leaves, root " + h.rootHex() + ", signed " + h.signedAt()).orElse("none"));
        if (trusted == null && audit.latestHead().isPresent()) {
            System.err.println("note: the head's signature was checked against the key stored with it; give --public-key"
                    + " (from /api/registry/key, kept apart) to check it against a key you trust");
        }
        for (LogAudit.Finding finding : audit.findings()) {
            System.out.println(finding);
        }
        if (audit.findings().isEmpty()) {
            System.err.println("verified: the log holds, and the lexicon is what it says");
            return 0;
        }
        System.err.println(audit.findings().size() + " findings: the log or the lexicon was changed");
        return 1;
    }

    private static int checkProof(Map<String, String> options, List<String> positional) throws IOException {
        if (!options.containsKey("--head") || positional.size() != 1) {
            System.err.println("registry check-proof needs --head <kept head.json> and one proof file\n" + AqeaCli.USAGE);
            return 2;
        }
        TreeHead head = head(Path.of(options.get("--head")));
        byte[] trusted = options.containsKey("--public-key") ? publicKey(Path.of(options.get("--public-key")))
                : head.publicKey();
        JsonNode proof = JSON.readTree(Files.readString(Path.of(positional.get(0)), StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        if (!head.signedBy(trusted)) {
            problems.add("the kept head's signature is not the trusted key's");
        }
        if (proof.has("audit_path")) {
            long size = proof.path("tree_size").asLong(-1);
            long index = proof.path("leaf_index").asLong(-1);
            if (size != head.treeSize()) {
                problems.add("the proof is for a tree of " + size + " leaves, the head signed " + head.treeSize()
                        + " (ask for treeSize=" + head.treeSize() + ")");
            } else {
                byte[] leafHash = MerkleTree.leafHash(proof.path("leaf").asText("").getBytes(StandardCharsets.UTF_8));
                if (!MerkleTree.verifyInclusion(index, size, leafHash, hashes(proof.get("audit_path")), head.rootHash())) {
                    problems.add("leaf " + index + " is not in the tree the head signed: the audit path does not lead"
                            + " to its root");
                }
            }
        } else if (proof.has("proof")) {
            if (!options.containsKey("--new-head")) {
                System.err.println("a consistency proof is checked between two heads: give --new-head too");
                return 2;
            }
            TreeHead newer = head(Path.of(options.get("--new-head")));
            if (!newer.signedBy(trusted)) {
                problems.add("the new head's signature is not the trusted key's");
            }
            long from = proof.path("from").asLong(-1);
            long to = proof.path("to").asLong(-1);
            if (from != head.treeSize() || to != newer.treeSize()) {
                problems.add("the proof goes from " + from + " to " + to + " leaves, the heads signed " + head.treeSize()
                        + " and " + newer.treeSize());
            } else if (!MerkleTree.verifyConsistency(from, to, hashes(proof.get("proof")), head.rootHash(),
                    newer.rootHash())) {
                problems.add("the tree of " + to + " leaves does not extend the one of " + from + " the kept head"
                        + " signed: the log was rewritten");
            }
        } else {
            System.err.println("the proof file is neither an inclusion proof (audit_path) nor a consistency proof (proof)");
            return 2;
        }
        problems.forEach(System.out::println);
        if (problems.isEmpty()) {
            System.err.println("the proof holds");
            return 0;
        }
        return 1;
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        if (array != null) {
            array.forEach(hash -> hashes.add(HexFormat.of().parseHex(hash.asText())));
        }
        return hashes;
    }

    private static TreeHead head(Path file) throws IOException {
        return RegistryTransfer.head(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** A public key as PEM, or as the base64 of its X.509 DER (as {@code /api/registry/key} gives it). */
    private static byte[] publicKey(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN PUBLIC KEY-----";
        if (text.contains(begin)) {
            text = text.substring(text.indexOf(begin) + begin.length(), text.indexOf("-----END PUBLIC KEY-----"));
        }
        return Base64.getMimeDecoder().decode(text);
    }
}
