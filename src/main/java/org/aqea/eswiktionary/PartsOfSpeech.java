package org.aqea.eswiktionary;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wikcionario's part-of-speech headings: the template that names the class and often the gender
 * ({@code ==== {{sustantivo femenino|es}} ====}), or, under {@code Forma flexiva}, the plain heading of an inflected
 * form ({@code ==== Forma verbal ====}). The normalised part of speech and the genders each gives.
 */
final class PartsOfSpeech {

    record Kind(String pos, List<String> genders, boolean inflectedForm) {
    }

    /** The first word of a heading's template name, to its normalised part of speech. */
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("sustantivo", "noun"), Map.entry("verbo", "verb"), Map.entry("adjetivo", "adj"),
            Map.entry("adverbio", "adv"), Map.entry("pronombre", "pron"), Map.entry("preposición", "prep"),
            Map.entry("postposición", "prep"), Map.entry("conjunción", "conj"), Map.entry("interjección", "intj"),
            Map.entry("onomatopeya", "intj"), Map.entry("artículo", "article"), Map.entry("prefijo", "affix"),
            Map.entry("sufijo", "affix"), Map.entry("infijo", "affix"), Map.entry("afijo", "affix"),
            Map.entry("abreviatura", "abbrev"), Map.entry("sigla", "abbrev"), Map.entry("acrónimo", "abbrev"),
            Map.entry("símbolo", "symbol"), Map.entry("letra", "symbol"), Map.entry("numeral", "num"),
            Map.entry("partícula", "particle"), Map.entry("refrán", "phrase"), Map.entry("expresión", "phrase"),
            Map.entry("frase", "phrase"));

    private PartsOfSpeech() {
    }

    /**
     * The kind of a heading's template name ({@code sustantivo femenino}, {@code adjetivo cardinal},
     * {@code locución sustantiva}), or {@code null} when it names no part of speech.
     */
    static Kind ofTemplate(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        String[] words = text.split("\\s+");
        String first = words[0];
        if (first.equals("locución") || first.equals("locuciones")) {
            // A locution of a class is a lexeme of that class: "locución sustantiva" a noun.
            String of = words.length > 1 ? words[1] : "";
            String pos = of.startsWith("sustantiv") ? "noun" : of.startsWith("verb") ? "verb" : of.startsWith("adjetiv") ? "adj"
                    : of.startsWith("adverb") ? "adv" : of.startsWith("preposi") ? "prep" : of.startsWith("conjunt") ? "conj"
                    : of.startsWith("interjec") ? "intj" : of.startsWith("pronomin") ? "pron" : "phrase";
            return new Kind(pos, genders(text), false);
        }
        String pos = CLASSES.get(first);
        if (pos == null) {
            return null;
        }
        if (first.equals("adjetivo") && (text.contains("cardinal") || text.contains("ordinal") || text.contains("numeral"))) {
            pos = "num";
        }
        if (first.equals("sustantivo") && text.contains("propio")) {
            pos = "name";
        }
        return new Kind(pos, genders(text), false);
    }

    /** A plain heading of an inflected form: {@code Forma verbal}, {@code Forma sustantiva}, {@code Forma adjetiva ...}. */
    static Kind ofFormHeading(String heading) {
        String text = heading.strip().toLowerCase(Locale.ROOT);
        if (!text.startsWith("forma ")) {
            return null;
        }
        String pos = text.startsWith("forma verbal") ? "verb" : text.startsWith("forma sustantiva") ? "noun"
                : text.startsWith("forma adjetiva") ? "adj" : text.startsWith("forma pronominal") ? "pron"
                : text.startsWith("forma adverbial") ? "adv" : text.startsWith("forma flexiva") ? null : "unknown";
        return pos == null ? null : new Kind(pos, List.of(), true);
    }

    private static List<String> genders(String text) {
        boolean masculine = text.contains("masculino");
        boolean feminine = text.contains("femenino");
        boolean neuter = text.contains("neutro");
        if (text.contains("ambiguo") || masculine && feminine) {
            return List.of("m", "f");
        }
        return masculine ? List.of("m") : feminine ? List.of("f") : neuter ? List.of("n") : List.of();
    }
}
