package org.aqea.enwiktionary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The English edition's section vocabulary below a language heading: what a heading's title is, and for a
 * part-of-speech heading the normalised part of speech of the lexical entries.
 */
enum SectionKind {
    PART_OF_SPEECH,
    ETYMOLOGY,
    PRONUNCIATION,
    TRANSLATIONS,
    SYNONYMS,
    ANTONYMS,
    HYPERNYMS,
    HYPONYMS,
    COORDINATE_TERMS,
    MERONYMS,
    HOLONYMS,
    DERIVED_TERMS,
    RELATED_TERMS,
    DESCENDANTS,
    ALTERNATIVE_FORMS,
    /** Known, and not read: usage notes, references, inflection tables that need Lua, ... */
    IGNORED,
    UNKNOWN;

    private static final Map<String, String> POS = new HashMap<>();
    private static final Map<String, SectionKind> OTHERS = new HashMap<>();

    static {
        pos("noun", "Noun");
        pos("name", "Proper noun");
        pos("verb", "Verb", "Participle");
        pos("adj", "Adjective");
        pos("adv", "Adverb", "Adverbial");
        pos("pron", "Pronoun");
        pos("prep", "Preposition", "Postposition", "Circumposition", "Ambiposition");
        pos("conj", "Conjunction");
        pos("intj", "Interjection");
        pos("num", "Numeral", "Number", "Classifier", "Counter");
        pos("article", "Article", "Determiner");
        pos("particle", "Particle");
        pos("affix", "Prefix", "Suffix", "Infix", "Interfix", "Circumfix", "Affix", "Combining form", "Root");
        pos("phrase", "Phrase", "Prepositional phrase", "Proverb", "Idiom");
        pos("abbrev", "Contraction", "Abbreviation", "Acronym", "Initialism");
        pos("symbol", "Symbol", "Letter", "Punctuation mark", "Diacritical mark", "Han character", "Hanzi", "Kanji",
                "Hanja", "Ideophone", "Syllable");
        pos("form", "Romanization");
        other(ETYMOLOGY, "Etymology");
        other(PRONUNCIATION, "Pronunciation");
        other(TRANSLATIONS, "Translations");
        other(SYNONYMS, "Synonyms");
        other(ANTONYMS, "Antonyms");
        other(HYPERNYMS, "Hypernyms");
        other(HYPONYMS, "Hyponyms");
        other(COORDINATE_TERMS, "Coordinate terms");
        other(MERONYMS, "Meronyms");
        other(HOLONYMS, "Holonyms");
        other(DERIVED_TERMS, "Derived terms", "Compounds", "Idioms", "Proverbs", "Phrasal verbs", "Compounds and derived terms");
        other(RELATED_TERMS, "Related terms");
        other(DESCENDANTS, "Descendants");
        other(ALTERNATIVE_FORMS, "Alternative forms");
        other(IGNORED, "Usage notes", "References", "Further reading", "Anagrams", "See also", "Conjugation",
                "Declension", "Inflection", "Mutation", "Quotations", "Statistics", "Trivia", "Gallery", "Notes",
                "Collocations", "Troponyms", "Abbreviations", "Paronyms", "Hyphenation", "Production", "Glyph origin",
                "Dialectal variants", "Related characters", "Definitions", "Alternative scripts", "Reconstruction notes",
                "Alternative reconstructions", "Readings", "Derived characters");
    }

    private static void pos(String pos, String... titles) {
        for (String title : titles) {
            POS.put(title.toLowerCase(Locale.ROOT), pos);
        }
    }

    private static void other(SectionKind kind, String... titles) {
        for (String title : titles) {
            OTHERS.put(title.toLowerCase(Locale.ROOT), kind);
        }
    }

    /** The kind of a heading title; {@code Etymology 2} and {@code Pronunciation 1} are numbered forms of their kind. */
    static SectionKind of(String title) {
        String key = withoutNumber(title).toLowerCase(Locale.ROOT);
        if (POS.containsKey(key)) {
            return PART_OF_SPEECH;
        }
        return OTHERS.getOrDefault(key, UNKNOWN);
    }

    /** The normalised part of speech of a part-of-speech title. */
    static String posOf(String title) {
        return POS.get(withoutNumber(title).toLowerCase(Locale.ROOT));
    }

    /** Whether the title numbers its section, as {@code Etymology 2} does. */
    static boolean isNumbered(String title) {
        return !withoutNumber(title).equals(title.strip());
    }

    private static String withoutNumber(String title) {
        String text = title.strip();
        int end = text.length();
        while (end > 0 && Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        return end < text.length() && end > 0 && text.charAt(end - 1) == ' ' ? text.substring(0, end - 1) : text;
    }
}
