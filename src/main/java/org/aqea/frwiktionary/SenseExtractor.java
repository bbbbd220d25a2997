package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Sense;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.SenseNumbers;
import org.aqea.wikitext.Templates;

/**
 * The definitions of a part-of-speech section: {@code # gloss} (and {@code ## subsense}, numbered {@code 2.1}), the
 * labels the definition begins with ({@code {{lexique|droit|fr}}}, {@code {{figuré|fr}}}, {@code {{Québec|fr}}}) and
 * the examples under it: {@code #* {{exemple|text|translation|lang=…|source=…}}}, or the older
 * {@code #* ''text'' {{source|…}}}; an example without text ({@code {{exemple|lang=fr}}}, the wiki's call for one) is
 * none.
 */
final class SenseExtractor {

    private SenseExtractor() {
    }

    static List<Sense> extract(List<String> lines, FrenchText text) {
        List<Sense> senses = new ArrayList<>();
        SenseNumbers numbers = new SenseNumbers();
        String id = null;
        String gloss = null;
        List<String> labels = null;
        List<String> examples = null;
        for (String line : lines) {
            if (!line.startsWith("#")) {
                continue;
            }
            int depth = SenseNumbers.depth(line);
            char marker = depth < line.length() ? line.charAt(depth) : ' ';
            if (marker == '*' || marker == ':') {
                if (id != null) {
                    String example = example(line.substring(depth + 1), text);
                    if (!example.isEmpty()) {
                        examples.add(example);
                    }
                }
                continue;
            }
            if (depth > SenseNumbers.MAX_DEPTH) {
                continue;
            }
            if (id != null && (!gloss.isEmpty() || !labels.isEmpty())) {
                senses.add(new Sense(id, gloss, List.copyOf(labels), List.copyOf(examples)));
            }
            id = numbers.next(depth);
            labels = new ArrayList<>();
            examples = new ArrayList<>();
            gloss = definition(line.substring(depth), labels, text);
        }
        if (id != null && (!gloss.isEmpty() || !labels.isEmpty())) {
            senses.add(new Sense(id, gloss, List.copyOf(labels), List.copyOf(examples)));
        }
        return senses;
    }

    /** The gloss of a definition; the templates it begins with, before any text, are its labels. */
    private static String definition(String body, List<String> labels, FrenchText text) {
        String rest = body.stripLeading();
        while (rest.startsWith("{{")) {
            int[] spans = Templates.spans(rest);
            if (spans.length == 0 || spans[0] != 0) {
                break;
            }
            Template template = Templates.at(rest, 0, spans[1]);
            if (!text.isLabel(template)) {
                break;
            }
            for (String label : text.labels(template)) {
                if (!label.isEmpty() && !labels.contains(label)) {
                    labels.add(label);
                }
            }
            rest = rest.substring(spans[1]).stripLeading();
        }
        return text.plain(rest);
    }

    private static String example(String line, FrenchText text) {
        String body = line.strip();
        for (Template template : Templates.find(body)) {
            if (template.name().equals("exemple") || template.name().equals("ex")) {
                String passage = text.plain(template.arg(1));
                String translation = text.plain(template.arg(2).isEmpty() ? template.arg("sens") : template.arg(2));
                return passage.isEmpty() || translation.isEmpty() ? passage : passage + " ― " + translation;
            }
        }
        // The older form: the passage in italics, its source in {{source|…}}, which shows nothing here.
        return text.plain(body);
    }
}
