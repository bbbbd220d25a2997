package org.aqea.quality;

/**
 * What the validation checks in every entry, with the points a rule takes from the score of 100 when it finds at
 * least one problem in the entry (once per rule, however often it finds it). The weights order the problems by
 * how much they hurt a reader: unreadable text and a wrong part of speech most, cosmetic repetition least.
 */
public enum QualityRule {
    /** Wikitext or HTML left in a text: {@code <tag>}, {@code {{}, {@code }}}, {@code [[}, {@code ]]}, {@code ''}, entities. */
    MARKUP_RESIDUE(20),
    /**
     * A language that no table of the edition knows (nor the dump's own language data): the entry keeps the name
     * the page gives and gets no address until a table names its code.
     */
    UNKNOWN_LANGUAGE(10),
    /** A part of speech the edition did not recognise. */
    UNKNOWN_POS(20),
    /** A sense with no gloss. */
    SENSE_WITHOUT_GLOSS(15),
    /** A gloss of one character (an empty one counts as no gloss). */
    SHORT_GLOSS(10),
    /** A pronunciation with characters that are not IPA. */
    IPA_NOT_IPA(10),
    /** Syllables that do not spell the word. */
    HYPHENATION_MISMATCH(10),
    /** A translation with no word. */
    TRANSLATION_WITHOUT_WORD(5),
    /** The same form with the same tags twice. */
    DUPLICATE_FORM(5),
    /** A synonym, antonym, hypernym, hyponym or related term that is the word itself. */
    SELF_RELATION(5),
    /** A text longer than its kind ever is in a clean entry (a run-away template or a swallowed section). */
    LONG_FIELD(5),
    /**
     * The same word and part of speech with a near-identical first gloss in another language of the same page:
     * reported, not merged, and no fault by itself (internationalisms share their glosses), so it weighs nothing.
     */
    DUPLICATE_ACROSS_LANGUAGES(0);

    private final int weight;

    QualityRule(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    /** The name in JSON, the database and the API: {@code markup_residue}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
