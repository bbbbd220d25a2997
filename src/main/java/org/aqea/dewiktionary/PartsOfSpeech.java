package org.aqea.dewiktionary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * German Wortart names to normalised parts of speech. A heading with several Wortart names takes the most
 * specific one: a name class (Vorname, Nachname, Toponym) beats Substantiv, any other class beats the generic ones.
 */
final class PartsOfSpeech {

    static final String FORM = "form";
    static final String UNKNOWN = "unknown";

    private static final Map<String, String> POS = new HashMap<>();

    static {
        put("noun", "Substantiv", "Nomen", "Singularetantum", "Pluraletantum");
        put("name", "Eigenname", "Toponym", "Vorname", "Nachname", "Familienname", "Name", "Ortsname", "Gewässername");
        put("verb", "Verb", "Hilfsverb", "Modalverb", "Funktionsverb", "Partizip I", "Partizip II");
        put("adj", "Adjektiv", "Komparativ", "Superlativ");
        put("adv", "Adverb", "Lokaladverb", "Temporaladverb", "Modaladverb", "Kausaladverb", "Pronominaladverb",
                "Konjunktionaladverb", "Interrogativadverb", "Relativadverb");
        put("pron", "Pronomen", "Personalpronomen", "Possessivpronomen", "Demonstrativpronomen", "Relativpronomen",
                "Indefinitpronomen", "Reflexivpronomen", "Interrogativpronomen", "Reziprokpronomen");
        put("prep", "Präposition", "Postposition", "Zirkumposition", "Ambiposition");
        put("conj", "Konjunktion", "Subjunktion", "Vergleichspartikel");
        put("intj", "Interjektion", "Grußformel", "Onomatopoetikum", "Antwortpartikel");
        put("article", "Artikel", "bestimmter Artikel", "unbestimmter Artikel");
        put("num", "Numerale", "Kardinalzahl", "Ordinalzahl", "Bruchzahlwort", "Zahlklassifikator", "Zahlzeichen");
        put("particle", "Partikel", "Gradpartikel", "Negationspartikel", "Fokuspartikel", "Modalpartikel",
                "Intensitätspartikel");
        put("abbrev", "Abkürzung", "Initialwort", "Kurzwort", "Akronym", "Buchstabenwort", "Kontraktion");
        put("phrase", "Redewendung", "Wortverbindung", "Sprichwort", "Redensart", "Phrase");
        put("affix", "Präfix", "Suffix", "Affix", "Gebundenes Lexem", "Präfixoid", "Suffixoid", "Interfix", "Zirkumfix");
        put("symbol", "Symbol", "Zeichen", "Buchstabe", "Ziffer");
        put(FORM, "Deklinierte Form", "Konjugierte Form", "Komparativform", "Superlativform", "Partizipform",
                "Erweiterter Infinitiv");
    }

    private PartsOfSpeech() {
    }

    private static void put(String pos, String... names) {
        for (String name : names) {
            POS.put(name, pos);
        }
    }

    static String of(String wortart) {
        return POS.getOrDefault(wortart, UNKNOWN);
    }

    /** The normalised part of speech of a heading's Wortart names (in heading order). */
    static String choose(List<String> wortarten) {
        String chosen = UNKNOWN;
        for (String wortart : wortarten) {
            String pos = of(wortart);
            if (rank(pos) > rank(chosen)) {
                chosen = pos;
            }
        }
        return chosen;
    }

    private static int rank(String pos) {
        return switch (pos) {
            case UNKNOWN -> 0;
            case FORM -> 1;
            case "noun", "verb", "adj" -> 2;
            case "name" -> 4;
            default -> 3;
        };
    }
}
