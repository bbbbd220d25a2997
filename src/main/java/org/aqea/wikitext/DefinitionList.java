package org.aqea.wikitext;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Sense;

/**
 * The definitions of a part of speech written as a wiki numbered list, as the French, Italian, Portuguese and Dutch
 * editions write them: {@code # gloss} (and {@code ## subsense}, numbered {@code 2.1}), the labels the definition
 * begins with (templates that show nothing in the text, as the edition's {@link RenderedText#isLabel} says), and the
 * examples under it ({@code #*} or {@code #:}, read by {@link RenderedText#example}; lines outside the list that the
 * edition reads as examples, {@link RenderedText#exampleOutsideList}). A definition with neither gloss nor label is
 * none.
 */
public final class DefinitionList {

    private DefinitionList() {
    }

    public static List<Sense> extract(List<String> lines, RenderedText text) {
        List<Sense> senses = new ArrayList<>();
        SenseNumbers numbers = new SenseNumbers();
        String id = null;
        String gloss = null;
        List<String> labels = null;
        List<String> examples = null;
        for (String line : lines) {
            if (!line.startsWith("#")) {
                String example = id == null ? null : text.exampleOutsideList(line);
                if (example != null && !example.isEmpty()) {
                    examples.add(example);
                }
                continue;
            }
            int depth = SenseNumbers.depth(line);
            char marker = depth < line.length() ? line.charAt(depth) : ' ';
            if (marker == '*' || marker == ':') {
                if (id != null) {
                    String example = text.example(line.substring(depth + 1).strip());
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

    /** The gloss of a definition; the label templates it begins with, before any text, give its labels. */
    private static String definition(String body, List<String> labels, RenderedText text) {
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
            // Labels are often separated: "{{figuurlijk|nld}}, {{anatomie|nld}} een bundel".
            if (rest.startsWith(",")) {
                rest = rest.substring(1).stripLeading();
            }
        }
        return text.plain(rest);
    }
}
