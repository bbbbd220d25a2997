package org.aqea.lexicon;

import java.util.List;

/** A related word (synonym, antonym, hypernym, ...) for the senses listed. */
public record LinkedTerm(String word, List<String> senseIds) {
}
