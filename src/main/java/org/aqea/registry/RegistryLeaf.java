package org.aqea.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * One leaf of the log as stored: its index, the text that was hashed (a JSON object written by the database's
 * trigger, {@code V14__address_registry.sql}) and the hash stored beside it. What the text says is read by
 * {@link #event()}, {@link #address()} and the other accessors; a leaf whose text is not such an object reads as
 * malformed.
 */
public record RegistryLeaf(long index, String text, byte[] storedHash) {

    public static final String ALLOCATED = "allocated";
    public static final String DEPRECATED = "deprecated";
    public static final String RESTORED = "restored";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a leaf says: for a status change, domain, class and field are -1 and overflowed false. */
    public record Content(String event, int address, String lexeme, int domain, int wordClass, int field,
                          boolean overflowed, String run, String time) {

        public String addressHex() {
            return String.format("%08X", address);
        }
    }

    /** {@code SHA-256(0x00 || UTF-8 of the text)}: the hash the text gives, whatever is stored. */
    public byte[] hash() {
        return MerkleTree.leafHash(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The leaf's content, or null when its text is no leaf of this log. */
    public Content content() {
        try {
            JsonNode node = JSON.readTree(text);
            String event = node.path("event").asText("");
            String address = node.path("address").asText("");
            if (!(event.equals(ALLOCATED) || event.equals(DEPRECATED) || event.equals(RESTORED))
                    || !address.matches("[0-9A-F]{8}") || !node.path("lexeme").isTextual()) {
                return null;
            }
            boolean allocated = event.equals(ALLOCATED);
            return new Content(event, Integer.parseUnsignedInt(address, 16), node.get("lexeme").asText(),
                    allocated ? node.path("domain").asInt(-1) : -1, allocated ? node.path("class").asInt(-1) : -1,
                    allocated ? node.path("field").asInt(-1) : -1, node.path("overflowed").asBoolean(false),
                    node.path("run").isNull() ? null : node.path("run").asText(), node.path("time").asText(""));
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
