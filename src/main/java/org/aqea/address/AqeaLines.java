package org.aqea.address;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;

/**
 * One line of the lexicon as JSON Lines: the extracted entry with its AQEA data under {@code "aqea"} and its
 * validation under {@code "quality"} (score and flags). The offline
 * command writes these lines and the server's export gives the stored lexicon in the same form.
 */
public final class AqeaLines {

    private AqeaLines() {
    }

    /** @param quality the entry's {@code quality} object (see {@code QualityJson}) */
    public static ObjectNode line(LexicalEntry entry, AqeaEntry aqea, JsonNode quality) {
        ObjectNode line = LexiconJson.MAPPER.valueToTree(entry);
        ObjectNode summary = line.putObject("aqea");
        summary.put("address", aqea.address());
        summary.put("reason", aqea.reason());
        summary.put("label", aqea.label());
        summary.put("description", aqea.description());
        summary.put("domain", aqea.domain());
        summary.put("status", aqea.status());
        summary.put("field", aqea.field());
        summary.put("field_rule", aqea.fieldRule());
        line.set("quality", quality);
        return line;
    }
}
