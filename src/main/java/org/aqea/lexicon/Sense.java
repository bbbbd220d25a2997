package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One meaning: id as numbered on the page ({@code 1}, {@code 2a}; Wikidata's {@code S1}), plain-text gloss, labels,
 * examples, and the Wikidata item the meaning is ({@code Q144}; written only where the source names one).
 */
public record Sense(String id, String gloss, List<String> labels, List<String> examples,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String item) {

    public Sense(String id, String gloss, List<String> labels, List<String> examples) {
        this(id, gloss, labels, examples, null);
    }
}
