package org.aqea.quality;

import java.util.HashSet;
import java.util.Set;

/** Glosses compared by their words: lower case, letters and digits only, order and repetition aside. */
public final class Glosses {

    /** Share of the words two glosses must have in common (of all their words) to count as near-identical. */
    static final double NEARLY_IDENTICAL = 0.8;

    private Glosses() {
    }

    /** The words of a gloss, lower case; empty for none. */
    public static Set<String> words(String gloss) {
        Set<String> words = new HashSet<>();
        if (gloss == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= gloss.length(); ) {
            int c = i < gloss.length() ? gloss.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += i < gloss.length() ? Character.charCount(c) : 1;
        }
        return words;
    }

    /** Jaccard similarity of the word sets at least {@link #NEARLY_IDENTICAL}; two empty glosses are not alike. */
    static boolean nearlyIdentical(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String word : a) {
            common += b.contains(word) ? 1 : 0;
        }
        return common >= NEARLY_IDENTICAL * (a.size() + b.size() - common);
    }
}
