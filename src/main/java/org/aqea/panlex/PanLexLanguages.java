package org.aqea.panlex;

import java.util.Map;

/**
 * PanLex names a language by its ISO 639-3 code ({@code deu}); the lexicon by the code its sources share, ISO 639-1
 * where there is one ({@code de}). The languages with an AQEA domain are mapped here (Mandarin and Standard Arabic,
 * which PanLex holds as {@code cmn} and {@code arb}, to their macrolanguages' {@code zh} and {@code ar}); any other
 * keeps its ISO 639-3 code.
 */
public final class PanLexLanguages {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("deu", "de"), Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("spa", "es"),
            Map.entry("ita", "it"), Map.entry("por", "pt"), Map.entry("rus", "ru"), Map.entry("zho", "zh"),
            Map.entry("cmn", "zh"), Map.entry("jpn", "ja"), Map.entry("ara", "ar"), Map.entry("arb", "ar"),
            Map.entry("nld", "nl"), Map.entry("pol", "pl"), Map.entry("swe", "sv"), Map.entry("ces", "cs"),
            Map.entry("cat", "ca"), Map.entry("lat", "la"));

    private PanLexLanguages() {
    }

    /** The lexicon's code of a PanLex language code. */
    public static String code(String panLexCode) {
        return CODES.getOrDefault(panLexCode, panLexCode);
    }
}
