package org.aqea.eswiktionary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * The definitions of a part-of-speech section: {@code ;1 {{csem|vehículos|ciclismo}}: gloss} (the number as the page
 * gives it; the {@code csem} subjects its labels), and under each the lines of its examples
 * ({@code {{ejemplo|...}}}, {@code {{ejemplos|...}}}) and of its related words ({@code {{sinónimo|bici|velocípedo}}},
 * {@code {{antónimo|...}}}, {@code {{hiperónimo|...}}}, {@code {{hipónimo|...}}}, {@code {{relacionado|...}}},
 * {@code {{derivado|...}}}).
 */
final class SenseExtractor {

    enum Relation { SYNONYMS, ANTONYMS, HYPERNYMS, HYPONYMS, RELATED, DERIVED }

    record Result(List<Sense> senses, Map<Relation, List<LinkedTerm>> relations, String formOfTemplateLine) {
    }

    private static final Map<String, Relation> RELATIONS = Map.ofEntries(
            Map.entry("sinónimo", Relation.SYNONYMS), Map.entry("sinónimos", Relation.SYNONYMS),
            Map.entry("antónimo", Relation.ANTONYMS), Map.entry("antónimos", Relation.ANTONYMS),
            Map.entry("hiperónimo", Relation.HYPERNYMS), Map.entry("hiperónimos", Relation.HYPERNYMS),
            Map.entry("hipónimo", Relation.HYPONYMS), Map.entry("hipónimos", Relation.HYPONYMS),
            Map.entry("relacionado", Relation.RELATED), Map.entry("relacionados", Relation.RELATED),
            Map.entry("derivado", Relation.DERIVED), Map.entry("derivados", Relation.DERIVED));

    private SenseExtractor() {
    }

    static Result extract(List<String> lines, SpanishText text) {
        List<Sense> senses = new ArrayList<>();
        Map<Relation, List<LinkedTerm>> relations = new EnumMap<>(Relation.class);
        String id = null;
        String gloss = null;
        List<String> labels = null;
        List<String> examples = null;
        String firstDefinition = null;
        for (String line : lines) {
            if (line.startsWith(";")) {
                if (id != null) {
                    senses.add(new Sense(id, gloss, List.copyOf(labels), List.copyOf(examples)));
                }
                int colon = topLevelColon(line);
                String head = line.substring(1, colon < 0 ? line.length() : colon);
                id = number(line);
                if (id.isEmpty()) {
                    id = Integer.toString(senses.size() + 1);
                }
                labels = new ArrayList<>();
                for (Template template : Templates.find(head)) {
                    if (template.name().equals("csem")) {
                        for (String subject : template.positional()) {
                            if (!subject.isBlank()) {
                                labels.add(subject.strip());
                            }
                        }
                    }
                }
                String body = colon < 0 ? "" : line.substring(colon + 1);
                if (firstDefinition == null) {
                    firstDefinition = body;
                }
                gloss = text.plain(body);
                examples = new ArrayList<>();
                continue;
            }
            if (id == null || !line.startsWith("{{")) {
                continue;
            }
            for (Template template : Templates.find(line)) {
                String name = template.name();
                if (name.equals("ejemplo") || name.equals("ejemplos")) {
                    String example = text.plain(template.arg(1));
                    if (!example.isEmpty()) {
                        examples.add(example);
                    }
                } else if (RELATIONS.containsKey(name) && template.arg("leng").isBlank()) {
                    List<LinkedTerm> terms = relations.computeIfAbsent(RELATIONS.get(name), r -> new ArrayList<>());
                    for (String word : template.positional()) {
                        String plain = WikiText.toPlainText(word);
                        if (!plain.isEmpty()) {
                            terms.add(new LinkedTerm(plain, List.of(id)));
                        }
                    }
                }
            }
        }
        if (id != null) {
            senses.add(new Sense(id, gloss, List.copyOf(labels), List.copyOf(examples)));
        }
        return new Result(senses, relations, firstDefinition);
    }

    /** The number a definition line gives its sense: {@code 1} of {@code ;1 {{csem|...}}: ...}; empty when none. */
    static String number(String line) {
        int end = 1;
        while (end < line.length() && !WikiText.isAsciiSpace(line.charAt(end)) && line.charAt(end) != '{'
                && line.charAt(end) != ':') {
            end++;
        }
        return line.substring(1, end).strip();
    }

    /** The first colon of the line outside its templates: where a definition's head ends and its gloss begins. */
    private static int topLevelColon(String line) {
        int[] spans = Templates.spans(line);
        int from = 0;
        for (int p = 0; p <= spans.length; p += 2) {
            int to = p < spans.length ? spans[p] : line.length();
            int colon = line.indexOf(':', from);
            if (colon >= 0 && colon < to) {
                return colon;
            }
            if (p < spans.length) {
                from = spans[p + 1];
            }
        }
        return -1;
    }
}
