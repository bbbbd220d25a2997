package org.aqea.enwiktionary;

/**
 * The spelling rules English Wiktionary's head templates apply when a form is not spelled out: plural and third
 * person {@code -s}/{@code -es}/{@code -ies}, {@code -ing} and {@code -ed} with a silent {@code e} dropped, comparison
 * with {@code -er}/{@code -est}. Only these defaults: a consonant doubled or an irregular form is never made up here.
 */
final class EnglishInflection {

    private EnglishInflection() {
    }

    /** {@code dog} → {@code dogs}, {@code box} → {@code boxes}, {@code city} → {@code cities}. */
    static String withS(String word) {
        if (endsInConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    /** {@code walk} → {@code walking}, {@code bake} → {@code baking}, {@code die} → {@code dying}, {@code see} → {@code seeing}. */
    static String withIng(String word, boolean doubled) {
        if (doubled) {
            return doubledStem(word) + "ing";
        }
        if (word.endsWith("ie")) {
            return word.substring(0, word.length() - 2) + "ying";
        }
        if (word.endsWith("e") && !word.endsWith("ee") && !word.endsWith("ye") && !word.endsWith("oe") && word.length() > 2) {
            return word.substring(0, word.length() - 1) + "ing";
        }
        return word + "ing";
    }

    /** {@code walk} → {@code walked}, {@code bake} → {@code baked}, {@code try} → {@code tried}. */
    static String withEd(String word, boolean doubled) {
        if (doubled) {
            return doubledStem(word) + "ed";
        }
        if (word.endsWith("e")) {
            return word + "d";
        }
        if (endsInConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "ied";
        }
        return word + "ed";
    }

    /** {@code tall} → {@code taller}/{@code tallest}, {@code nice} → {@code nicer}, {@code happy} → {@code happier}. */
    static String withEr(String word, String ending) {
        if (endsInConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "i" + ending;
        }
        if (word.endsWith("e")) {
            return word + ending.substring(1);
        }
        return word + ending;
    }

    private static String doubledStem(String word) {
        return word + word.charAt(word.length() - 1);
    }

    private static boolean endsInConsonantY(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == 'y' && "aeiou".indexOf(Character.toLowerCase(word.charAt(n - 2))) < 0;
    }
}
