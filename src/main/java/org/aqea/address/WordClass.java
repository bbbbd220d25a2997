package org.aqea.address;

/**
 * The word class in bits 4..0 of the QQ byte (plane 0 keeps the predecessor's codes), and the parts of speech of
 * the lexical entries ({@code pos}) that map to it. Every German Wortart is mapped to a pos by the edition parser
 * (see {@code org.aqea.dewiktionary.PartsOfSpeech}); this table maps those to classes.
 */
public enum WordClass {
    NOUN(0x01, "noun"),
    VERB(0x02, "verb"),
    ADJECTIVE(0x03, "adj"),
    ADVERB(0x04, "adv"),
    PRONOUN(0x05, "pron"),
    PREPOSITION(0x06, "prep"),
    CONJUNCTION(0x07, "conj"),
    INTERJECTION(0x08, "intj"),
    ARTICLE(0x09, "article"),
    NUMERAL(0x0A, "num"),
    PROPER_NOUN(0x0B, "name"),
    PARTICLE(0x0C, "particle"),
    ABBREVIATION(0x0D, "abbrev"),
    PHRASE(0x0E, "phrase"),
    AFFIX(0x0F, "affix"),
    SYMBOL(0x10, "symbol"),
    UNKNOWN(0x1F, "unknown");

    private final int code;
    private final String pos;

    WordClass(int code, String pos) {
        this.code = code;
        this.pos = pos;
    }

    public int code() {
        return code;
    }

    /** The English name used in descriptions: {@code noun}, {@code proper noun}, ... */
    public String englishName() {
        return name().toLowerCase().replace('_', ' ');
    }

    public static WordClass ofPos(String pos) {
        for (WordClass wordClass : values()) {
            if (wordClass.pos.equals(pos)) {
                return wordClass;
            }
        }
        return UNKNOWN;
    }

    public static WordClass ofCode(int code) {
        for (WordClass wordClass : values()) {
            if (wordClass.code == code) {
                return wordClass;
            }
        }
        return UNKNOWN;
    }
}
