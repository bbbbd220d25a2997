package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A translation into the language {@code langCode}, for the senses listed; the word's genders and the variety it is
 * given for ({@code Mandarin} under Chinese) are written only where the edition gives them.
 */
public record Translation(String langCode, String word, List<String> senseIds, String transliteration,
                          boolean uncertain,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> genders,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String variety) {

    public Translation {
        genders = genders == null ? List.of() : genders;
    }

    public Translation(String langCode, String word, List<String> senseIds, String transliteration, boolean uncertain) {
        this(langCode, word, senseIds, transliteration, uncertain, List.of(), null);
    }
}
