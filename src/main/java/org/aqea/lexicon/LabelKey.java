package org.aqea.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The key a label is searched and sorted by: lower case, accents and the compatibility forms of letters taken off,
 * and the Latin letters without a decomposition (ß, æ, ø, ł, þ ...) spelled as their usual ASCII (Lucene's folding
 * table), so that {@code strasse} finds {@code Straße} and {@code cafe} finds {@code Café}. Only the accents of the
 * Latin, Greek and Cyrillic block are taken off: the vowel signs of Indic or Semitic scripts are letters of their
 * words and stay.
 */
public final class LabelKey {

    private LabelKey() {
    }

    public static String of(String label) {
        String decomposed = Normalizer.normalize(label.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < '\u0300' || c > '\u036F') {
                bare.append(c);
            }
        }
        // Hangul and other scripts whose syllables NFKD took apart are put together again.
        char[] composed = Normalizer.normalize(bare, Normalizer.Form.NFC).toCharArray();
        char[] folded = new char[composed.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(composed, 0, folded, 0, composed.length);
        return new String(folded, 0, length);
    }
}
