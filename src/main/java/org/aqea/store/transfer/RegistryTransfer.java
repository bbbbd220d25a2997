package org.aqea.store.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import org.aqea.registry.RegistryLeaf;
import org.aqea.registry.TreeHead;
import org.aqea.store.registry.RegistryLog;

/**
 * The address registry's log as lines of JSON, for export and import: first every leaf in index order
 * ({@code {"index": 0, "leaf": "<the hashed text>"}}), then every signed head ({@code {"head": {...}}}, as the
 * API shows it). Loaded into an empty lexicon before its entries, the leaves get the same indexes and the heads
 * verify again; the lexemes the import then stores add no leaf where the log already holds their state.
 */
public final class RegistryTransfer {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Leaves are appended in batches of this many (one statement each with the driver's rewriting). */
    private static final int BATCH = 1000;

    private RegistryTransfer() {
    }

    /** Writes the log; returns the number of leaves written. */
    public static long write(Connection connection, Writer out) throws SQLException, IOException {
        long[] leaves = {0};
        try {
            RegistryLog.forEachLeaf(connection, leaf -> {
                ObjectNode line = JSON.createObjectNode().put("index", leaf.index()).put("leaf", leaf.text());
                writeLine(out, line);
                leaves[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (TreeHead head : RegistryLog.heads(connection)) {
            writeLine(out, JSON.createObjectNode().set("head", json(head)));
        }
        return leaves[0];
    }

    /** A head as the API and the export show it. */
    public static ObjectNode json(TreeHead head) {
        return JSON.createObjectNode()
                .put("tree_size", head.treeSize())
                .put("root_hash", head.rootHex())
                .put("signed_at", head.signedAt().toString())
                .put("public_key", Base64.getEncoder().encodeToString(head.publicKey()))
                .put("signature", Base64.getEncoder().encodeToString(head.signature()));
    }

    /** A head from its JSON form; IllegalArgumentException names what is missing or malformed. */
    public static TreeHead head(JsonNode node) {
        try {
            return new TreeHead(required(node, "tree_size").asLong(), HexFormat.of().parseHex(required(node, "root_hash").asText()),
                    Instant.parse(required(node, "signed_at").asText()),
                    Base64.getDecoder().decode(required(node, "public_key").asText()),
                    Base64.getDecoder().decode(required(node, "signature").asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("signed_at is no ISO-8601 time: " + e.getParsedString(), e);
        }
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("a head needs \"" + name + "\"");
        }
        return value;
    }

    /** Appends the log's lines to the (empty) log of the connection's transaction; returns the leaves loaded. */
    static long load(Connection connection, BufferedReader lines) throws IOException, SQLException, LexiconImport.Refused {
        long leaves = 0;
        int number = 0;
        try (PreparedStatement leaf = connection.prepareStatement(
                "INSERT INTO registry_leaf (leaf_index, address, event, leaf, leaf_hash) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement head = connection.prepareStatement("""
                     INSERT INTO registry_head (tree_size, root_hash, signed_at, public_key, signature) VALUES (?, ?, ?, ?, ?)""")) {
            int batched = 0;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode line = parse(number, text);
                if (line.has("leaf")) {
                    if (line.path("index").asLong(-1) != leaves) {
                        throw new LexiconImport.Refused("registry line " + number + ": leaf " + line.path("index")
                                + " where leaf " + leaves + " comes next");
                    }
                    RegistryLeaf stored = new RegistryLeaf(leaves, line.get("leaf").asText(), null);
                    RegistryLeaf.Content content = stored.content();
                    if (content == null) {
                        throw new LexiconImport.Refused("registry line " + number + ": leaf " + leaves
                                + " is no leaf of an address registry");
                    }
                    leaf.setLong(1, leaves);
                    leaf.setInt(2, content.address());
                    leaf.setString(3, content.event());
                    leaf.setString(4, stored.text());
                    leaf.setBytes(5, stored.hash());
                    leaf.addBatch();
                    if (++batched % BATCH == 0) {
                        leaf.executeBatch();
                    }
                    leaves++;
                } else if (line.has("head")) {
                    leaf.executeBatch();
                    TreeHead signed;
                    try {
                        signed = head(line.get("head"));
                    } catch (IllegalArgumentException e) {
                        throw new LexiconImport.Refused("registry line " + number + ": " + e.getMessage());
                    }
                    head.setLong(1, signed.treeSize());
                    head.setBytes(2, signed.rootHash());
                    head.setTimestamp(3, Timestamp.from(signed.signedAt()));
                    head.setBytes(4, signed.publicKey());
                    head.setBytes(5, signed.signature());
                    head.executeUpdate();
                } else {
                    throw new LexiconImport.Refused("registry line " + number + " is neither a leaf nor a head");
                }
            }
            leaf.executeBatch();
        }
        return leaves;
    }

    private static JsonNode parse(int number, String text) throws LexiconImport.Refused {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new LexiconImport.Refused("registry line " + number + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void writeLine(Writer out, JsonNode line) {
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
