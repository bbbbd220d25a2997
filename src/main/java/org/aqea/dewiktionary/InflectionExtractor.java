package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aqea.lexicon.Form;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.WikiText;

/**
 * Inflection tables ({@code Deutsch Substantiv Übersicht}, {@code ... Adjektiv Übersicht}, {@code ... Verb
 * Übersicht}, the tables of other languages and the old {@code Substantiv-Tabelle}): each parameter whose name
 * maps to grammatical tags becomes a form; a trailing {@code *} marks a variant.
 */
final class InflectionExtractor {

    /** Words of parameter names and the tags they stand for; the longest words are tried first. */
    private static final List<Map.Entry<String, List<String>>> WORDS = List.of(
            Map.entry("Konjunktiv II", List.of("subjunctive-ii")),
            Map.entry("Konjunktiv I", List.of("subjunctive-i")),
            Map.entry("Partizip II", List.of("past", "participle")),
            Map.entry("Partizip I", List.of("present", "participle")),
            Map.entry("er, sie, es", List.of("third-person", "singular")),
            Map.entry("Wer oder was?", List.of("nominative")),
            Map.entry("Wessen?", List.of("genitive")),
            Map.entry("Wem?", List.of("dative")),
            Map.entry("Wen?", List.of("accusative")),
            Map.entry("(Einzahl)", List.of("singular")),
            Map.entry("(Mehrzahl)", List.of("plural")),
            Map.entry("Nominativ", List.of("nominative")),
            Map.entry("Genitiv", List.of("genitive")),
            Map.entry("Dativ", List.of("dative")),
            Map.entry("Akkusativ", List.of("accusative")),
            Map.entry("Vokativ", List.of("vocative")),
            Map.entry("Ablativ", List.of("ablative")),
            Map.entry("Instrumental", List.of("instrumental")),
            Map.entry("Lokativ", List.of("locative")),
            Map.entry("Singular", List.of("singular")),
            Map.entry("Plural", List.of("plural")),
            Map.entry("Präsens", List.of("present")),
            Map.entry("Präteritum", List.of("preterite")),
            Map.entry("Imperativ", List.of("imperative")),
            Map.entry("Positiv", List.of("positive")),
            Map.entry("Komparativ", List.of("comparative")),
            Map.entry("Superlativ", List.of("superlative")),
            Map.entry("Hilfsverb", List.of("auxiliary")),
            Map.entry("Infinitiv", List.of("infinitive")),
            Map.entry("_ich", List.of("first-person", "singular")),
            Map.entry("_du", List.of("second-person", "singular")),
            Map.entry("_wir", List.of("first-person", "plural")),
            Map.entry("_ihr", List.of("second-person", "plural")),
            Map.entry("_sie", List.of("third-person", "plural")));

    private InflectionExtractor() {
    }

    static boolean isTable(String name) {
        return name.endsWith(" Übersicht") || name.equals("Substantiv-Tabelle") || name.equals("Adjektiv-Tabelle")
                || name.equals("Verb-Tabelle");
    }

    /**
     * The forms of a table, each (form, tags) once: a noun of two genders ({@code Keks}) has numbered columns
     * ({@code Nominativ Singular 1}, {@code ... 2}) that often hold the same form.
     */
    static List<Form> extract(Template table) {
        Set<Form> forms = new LinkedHashSet<>();
        for (Map.Entry<String, String> parameter : table.named().entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("Genus") || name.startsWith("Bild") || name.startsWith("Titel")) {
                continue;
            }
            List<String> tags = tagsOf(name);
            if (tags.isEmpty()) {
                continue;
            }
            String value = WikiText.toPlainText(parameter.getValue());
            if (value.isEmpty() || value.equals("—") || value.equals("-") || value.equals("–") || value.equals("?")) {
                continue;
            }
            forms.add(new Form(value, tags));
        }
        return new ArrayList<>(forms);
    }

    /** The genders a table names ({@code Genus}, {@code Genus 1} ...), in order. */
    static List<String> genders(Template table) {
        List<String> genders = new ArrayList<>();
        for (Map.Entry<String, String> parameter : table.named().entrySet()) {
            if (isGenusParameter(parameter.getKey())) {
                String gender = parameter.getValue().strip();
                if (gender.length() == 1 && "mfnu".indexOf(gender.charAt(0)) >= 0 && !genders.contains(gender)) {
                    genders.add(gender);
                }
            }
        }
        return genders;
    }

    /** {@code Genus}, or {@code Genus} and one digit: {@code Genus 2}. */
    private static boolean isGenusParameter(String name) {
        return name.equals("Genus")
                || name.length() == 7 && name.startsWith("Genus ") && name.charAt(6) >= '0' && name.charAt(6) <= '9';
    }

    /** Tags in the order their words appear in the parameter name, then {@code variant} for a trailing star. */
    static List<String> tagsOf(String parameterName) {
        java.util.TreeMap<Integer, List<String>> byPosition = new java.util.TreeMap<>();
        StringBuilder rest = new StringBuilder(parameterName);
        for (Map.Entry<String, List<String>> word : WORDS) {
            int at = rest.indexOf(word.getKey());
            if (at >= 0) {
                byPosition.put(at, word.getValue());
                rest.replace(at, at + word.getKey().length(), " ".repeat(word.getKey().length()));
            }
        }
        List<String> tags = new ArrayList<>();
        for (List<String> wordTags : byPosition.values()) {
            for (String tag : wordTags) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        if (!tags.isEmpty() && parameterName.strip().endsWith("*")) {
            tags.add("variant");
        }
        return tags;
    }
}
