package org.aqea.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.aqea.lexicon.LexiconJson;

/** An entry's quality as JSON: {@code {"score": 80, "flags": [{"rule": "markup_residue", "where": ..., "found": ...}]}}. */
public final class QualityJson {

    private static final TypeReference<List<Map<String, String>>> FLAGS = new TypeReference<>() {
    };

    private QualityJson() {
    }

    public static ObjectNode of(EntryQuality quality) {
        ObjectNode node = LexiconJson.MAPPER.createObjectNode();
        node.put("score", quality.score());
        node.set("flags", flags(quality));
        return node;
    }

    /**
     * The {@code quality} object of stored flags, in the order the validation writes its members (the database's
     * {@code jsonb} keeps no key order).
     */
    public static ObjectNode ofStored(int score, String flagsJson) {
        ObjectNode node = LexiconJson.MAPPER.createObjectNode();
        node.put("score", score);
        ArrayNode flags = node.putArray("flags");
        for (Map<String, String> flag : parseFlags(flagsJson)) {
            add(flags, flag.get("rule"), flag.get("where"), flag.get("found"));
        }
        return node;
    }

    /** Stored flags back as {@code rule}, {@code where}, {@code found} maps. */
    public static List<Map<String, String>> parseFlags(String json) {
        try {
            return LexiconJson.MAPPER.readValue(json, FLAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored quality flags are not a JSON array of flags: " + e.getOriginalMessage(), e);
        }
    }

    /** The flags alone, as the database keeps them. */
    public static ArrayNode flags(EntryQuality quality) {
        ArrayNode flags = LexiconJson.MAPPER.createArrayNode();
        for (QualityFlag flag : quality.flags()) {
            add(flags, flag.rule().id(), flag.where(), flag.found());
        }
        return flags;
    }

    /** A flag's members, always in this order. */
    private static void add(ArrayNode flags, String rule, String where, String found) {
        flags.addObject().put("rule", rule).put("where", where).put("found", found);
    }
}
