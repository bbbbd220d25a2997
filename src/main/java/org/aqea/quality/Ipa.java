package org.aqea.quality;

/**
 * The characters of IPA transcriptions: the letters and symbols of the International Phonetic Alphabet, its
 * diacritics and suprasegmentals, and the brackets, spaces and separators transcriptions are written with. Not
 * IPA, and typical mistakes: digits, capital letters, an apostrophe for the stress mark, a colon for length.
 */
final class Ipa {

    private static final String SYMBOLS = " .|‖‿-()[]/…↗↘↑↓æçðøħŋœǀǁǂǃβθχ";

    private Ipa() {
    }

    /** The first code point that is not IPA, or -1 when all are. */
    static int firstNonIpa(String transcription) {
        if (transcription == null) {
            return -1;
        }
        for (int i = 0; i < transcription.length(); ) {
            int c = transcription.codePointAt(i);
            if (!isIpa(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    static boolean isIpa(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 0x0250 && c <= 0x02FF)   // IPA extensions, spacing modifier letters (ˈ ˌ ː ʰ ʲ ...)
                || (c >= 0x0300 && c <= 0x036F)   // combining diacritics (nasal, syllabic, non-syllabic, tie ...)
                || (c >= 0x1D00 && c <= 0x1DBF)   // phonetic extensions (ᵻ ᵊ ...)
                || (c >= 0x1DC0 && c <= 0x1DFF)   // combining diacritics supplement
                || SYMBOLS.indexOf(c) >= 0;
    }
}
