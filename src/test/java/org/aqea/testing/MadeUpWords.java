package org.aqea.testing;

import java.util.Random;

/** Words of random syllables and sentences of them, some words linked, for the page generators. */
final class MadeUpWords {

    private final Random random;
    private final String[] syllables;
    private final int linkOneIn;

    /** @param linkOneIn one word of this many in a sentence is a link ({@code [[word]]}) */
    MadeUpWords(Random random, String[] syllables, int linkOneIn) {
        this.random = random;
        this.syllables = syllables;
        this.linkOneIn = linkOneIn;
    }

    String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sentence.append(' ');
            }
            String word = word();
            sentence.append(random.nextInt(linkOneIn) == 0 ? "[[" + word + "]]" : word);
        }
        return sentence.toString();
    }

    /** One to three syllables. */
    String word() {
        int count = 1 + random.nextInt(3);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return word.toString();
    }

    static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
