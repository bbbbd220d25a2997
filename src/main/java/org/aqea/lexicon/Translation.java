package org.aqea.lexicon;

import java.util.List;

/** A translation into the language {@code langCode}, for the senses listed. */
public record Translation(String langCode, String word, List<String> senseIds, String transliteration,
                          boolean uncertain) {
}
