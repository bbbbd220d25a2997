package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A translation into the language {@code langCode}, for the senses listed; the word's genders and the variety it is
 * given for ({@code Mandarin} under Chinese) are written only where the edition gives them, and so are the score and
 * the dictionaries of a source that scores its translations (PanLex).
 *
 * @param score   how well the source's dictionaries attest it (PanLex's translation quality), or {@code null}
 * @param sources the dictionaries that give it, best first (written when not empty)
 */
public record Translation(String langCode, String word, List<String> senseIds, String transliteration,
                          boolean uncertain,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> genders,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String variety,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer score,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sources) {

    public Translation {
        genders = genders == null ? List.of() : genders;
        sources = sources == null ? List.of() : sources;
    }

    public Translation(String langCode, String word, List<String> senseIds, String transliteration, boolean uncertain,
                       List<String> genders, String variety) {
        this(langCode, word, senseIds, transliteration, uncertain, genders, variety, null, List.of());
    }

    public Translation(String langCode, String word, List<String> senseIds, String transliteration, boolean uncertain) {
        this(langCode, word, senseIds, transliteration, uncertain, List.of(), null);
    }
}
