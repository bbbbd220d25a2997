package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A related word (synonym, antonym, hypernym, ...) for the senses listed; {@code langCode} only where the word is
 * of another language than the entry (descendants), and written only then.
 */
public record LinkedTerm(String word, List<String> senseIds,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String langCode) {

    public LinkedTerm(String word, List<String> senseIds) {
        this(word, senseIds, null);
    }
}
