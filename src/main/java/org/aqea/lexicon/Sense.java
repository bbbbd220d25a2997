package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One meaning: id as numbered on the page ({@code 1}, {@code 2a}; Wikidata's {@code S1}), plain-text gloss, labels,
 * examples, the Wikidata item the meaning is ({@code Q144}) and the language the gloss is written in ({@code en});
 * the last two written only where the source names them (the gloss's language where it is not the entry's own).
 */
public record Sense(String id, String gloss, List<String> labels, List<String> examples,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String item,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String langCode) {

    public Sense(String id, String gloss, List<String> labels, List<String> examples) {
        this(id, gloss, labels, examples, null, null);
    }
}
