package org.aqea.panlex;

import java.util.List;
import java.util.Optional;

/**
 * The parts of speech PanLex names: class expressions of its variety {@code art-303} under the superclass
 * {@code PartOfSpeechProperty} ({@code Noun}, {@code Verb}, ...), mapped to the lexicon's ({@code noun}, {@code verb}).
 * Other classes (number, gender, semantic ones) are no part of speech and are left alone.
 */
final class PanLexClasses {

    static final String VARIETY_LANGUAGE = "art";
    static final int VARIETY_CODE = 303;
    static final String PART_OF_SPEECH = "PartOfSpeechProperty";
    /** No part of speech named. */
    static final int NONE = 0;

    /** PanLex's class names and the lexicon's part of speech of each; an index is a class's number, from 1. */
    private static final List<String[]> CLASSES = List.of(
            new String[] {"Noun", "noun"}, new String[] {"ProperNoun", "name"}, new String[] {"Verb", "verb"},
            new String[] {"Adjective", "adj"}, new String[] {"Adverb", "adv"}, new String[] {"Pronoun", "pron"},
            new String[] {"Preposition", "prep"}, new String[] {"Postposition", "prep"},
            new String[] {"Adposition", "prep"}, new String[] {"Conjunction", "conj"},
            new String[] {"Interjection", "intj"}, new String[] {"Article", "article"},
            new String[] {"Determiner", "article"}, new String[] {"Numeral", "num"}, new String[] {"Particle", "particle"},
            new String[] {"Abbreviation", "abbrev"}, new String[] {"Affix", "affix"}, new String[] {"Prefix", "affix"},
            new String[] {"Suffix", "affix"}, new String[] {"Idiom", "phrase"});

    private PanLexClasses() {
    }

    /** The number of a PanLex class name that is a part of speech. */
    static Optional<Integer> index(String name) {
        for (int i = 0; i < CLASSES.size(); i++) {
            if (CLASSES.get(i)[0].equals(name)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The lexicon's part of speech of a class number, or {@code null} for {@link #NONE}. */
    static String pos(int index) {
        return index == NONE ? null : CLASSES.get(index - 1)[1];
    }

    /** Where a part of speech's translations come in an expression: in the order of the classes, none last. */
    static int order(String pos) {
        for (int i = 0; i < CLASSES.size(); i++) {
            if (CLASSES.get(i)[1].equals(pos)) {
                return i;
            }
        }
        return CLASSES.size();
    }
}
