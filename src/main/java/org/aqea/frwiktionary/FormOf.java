package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aqea.wikitext.WikiText;

/**
 * What an inflected form's definition says it is: {@code # ''Pluriel de'' [[chat]].},
 * {@code # ''Troisième personne du singulier du présent de l’indicatif de'' [[geler]].} The lemma is the first word
 * the definition links; the tags are the grammatical words of its text, in the vocabulary's words.
 */
final class FormOf {

    record Target(String lemma, List<String> tags) {
    }

    /** French grammatical words to tags, the longer phrase first where one contains another. */
    private static final Map<String, List<String>> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("participe passé", List.of("past", "participle"));
        TAGS.put("participe présent", List.of("present", "participle"));
        TAGS.put("passé simple", List.of("preterite"));
        TAGS.put("première personne", List.of("first-person"));
        TAGS.put("deuxième personne", List.of("second-person"));
        TAGS.put("troisième personne", List.of("third-person"));
        TAGS.put("masculin", List.of("masculine"));
        TAGS.put("féminin", List.of("feminine"));
        TAGS.put("singulier", List.of("singular"));
        TAGS.put("pluriel", List.of("plural"));
        TAGS.put("présent", List.of("present"));
        TAGS.put("imparfait", List.of("imperfect"));
        TAGS.put("futur", List.of("future"));
        TAGS.put("indicatif", List.of("indicative"));
        TAGS.put("subjonctif", List.of("subjunctive"));
        TAGS.put("conditionnel", List.of("conditional"));
        TAGS.put("impératif", List.of("imperative"));
        TAGS.put("infinitif", List.of("infinitive"));
    }

    private FormOf() {
    }

    /** The target of the first definition of an inflected form's section, or {@code null} when it links none. */
    static Target of(List<String> definitions) {
        for (String definition : definitions) {
            if (definition.startsWith("#*") || definition.startsWith("#:")) {
                continue;
            }
            List<String> links = WikiText.linkTargets(definition);
            if (links.isEmpty()) {
                return null;
            }
            return new Target(links.get(0), tags(WikiText.toPlainText(definition).toLowerCase(Locale.ROOT)));
        }
        return null;
    }

    private static List<String> tags(String text) {
        List<String> tags = new ArrayList<>();
        String rest = text;
        for (Map.Entry<String, List<String>> word : TAGS.entrySet()) {
            if (rest.contains(word.getKey())) {
                rest = rest.replace(word.getKey(), " ");
                word.getValue().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
            }
        }
        return List.copyOf(tags);
    }
}
