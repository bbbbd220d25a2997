package org.aqea.eswiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * What an inflected form's definition says it is: {@code ;1: {{forma verbo|rogar|p=1s|t=presente|m=indicativo}}},
 * {@code {{forma sustantivo plural|gracia}}}, {@code {{forma adjetivo|bueno|femenino}}}, {@code {{participio|extenuar}}}:
 * the lemma is the template's first argument, the tags its grammatical words in the vocabulary's words.
 */
final class FormOf {

    record Target(String lemma, List<String> tags) {
    }

    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("plural", List.of("plural")), Map.entry("singular", List.of("singular")),
            Map.entry("femenino", List.of("feminine")), Map.entry("fem", List.of("feminine")),
            Map.entry("masculino", List.of("masculine")), Map.entry("masc", List.of("masculine")),
            Map.entry("presente", List.of("present")), Map.entry("pretérito", List.of("past")),
            Map.entry("imperfecto", List.of("imperfect")), Map.entry("futuro", List.of("future")),
            Map.entry("condicional", List.of("conditional")), Map.entry("indicativo", List.of("indicative")),
            Map.entry("subjuntivo", List.of("subjunctive")), Map.entry("imperativo", List.of("imperative")),
            Map.entry("gerundio", List.of("gerund")), Map.entry("infinitivo", List.of("infinitive")),
            Map.entry("participio", List.of("past", "participle")),
            Map.entry("1s", List.of("first-person", "singular")), Map.entry("2s", List.of("second-person", "singular")),
            Map.entry("3s", List.of("third-person", "singular")), Map.entry("1p", List.of("first-person", "plural")),
            Map.entry("2p", List.of("second-person", "plural")), Map.entry("3p", List.of("third-person", "plural")));

    private FormOf() {
    }

    /** The target a definition's first form template names, or {@code null}. */
    static Target of(String definition) {
        if (definition == null) {
            return null;
        }
        for (Template template : Templates.find(definition)) {
            String name = template.name();
            if ((name.startsWith("forma ") || name.equals("participio")) && !template.arg(1).isBlank()) {
                List<String> tags = new ArrayList<>();
                for (String word : name.split(" ")) {
                    add(tags, word);
                }
                for (int i = 2; i <= template.positional().size(); i++) {
                    add(tags, template.arg(i));
                }
                for (String value : template.named().values()) {
                    add(tags, value);
                }
                return new Target(template.arg(1).strip(), List.copyOf(tags));
            }
        }
        return null;
    }

    private static void add(List<String> tags, String word) {
        for (String tag : WORDS.getOrDefault(word.strip().toLowerCase(Locale.ROOT), List.of())) {
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
    }
}
