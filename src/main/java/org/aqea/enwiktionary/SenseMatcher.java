package org.aqea.enwiktionary;

import java.util.List;
import java.util.Set;
import org.aqea.lexicon.Sense;
import org.aqea.quality.Glosses;

/**
 * Ties a short gloss (a translation table's {@code {{trans-top|domesticated mammal}}}, a relation's
 * {@code {{sense|animal}}}) to the entry's senses, only where the tie is clear: the entry's only sense, or the one
 * sense whose gloss holds every content word of the short gloss. Otherwise no sense: a wrong sense id is worse than
 * none.
 */
final class SenseMatcher {

    /** For an entry without senses. */
    static final SenseMatcher NONE = new SenseMatcher(List.of());

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "or", "and", "in", "on", "for",
            "with", "by", "as", "at", "from", "that", "which", "is", "be", "something", "someone", "one", "etc");

    private final List<Sense> senses;
    /** The content words of each sense's gloss, computed once for all the tables and qualifiers of an entry. */
    private final List<Set<String>> glossWords;

    SenseMatcher(List<Sense> senses) {
        this.senses = senses;
        this.glossWords = senses.size() < 2 ? List.of() : senses.stream().map(s -> contentWords(s.gloss())).toList();
    }

    List<String> match(String shortGloss) {
        if (senses.size() == 1) {
            return List.of(senses.get(0).id());
        }
        Set<String> wanted = contentWords(shortGloss);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String found = null;
        for (int i = 0; i < glossWords.size(); i++) {
            if (glossWords.get(i).containsAll(wanted)) {
                if (found != null) {
                    return List.of();
                }
                found = senses.get(i).id();
            }
        }
        return found == null ? List.of() : List.of(found);
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = Glosses.words(text);
        words.removeAll(FUNCTION_WORDS);
        return words;
    }
}
