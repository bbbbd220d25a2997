package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.SenseNumbers;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * The definitions of a part-of-speech section: {@code #} senses and {@code ##} subsenses (ids {@code 1}, {@code 2},
 * {@code 2.1}), labels from {@code {{lb}}}, glosses with their templates rendered, usage examples ({@code #:} plain,
 * {@code {{ux}}}, {@code {{uxi}}}), quotations ({@code #*} with a {@code quote-*} template's passage, or the
 * {@code #*:} line under a citation), relations written under a sense ({@code {{syn}}}, {@code {{ant}}} ...; tied to
 * it), and the lemma of a form-of definition.
 */
final class SenseExtractor {

    /** What the definitions hold. */
    record Result(List<Sense> senses, Map<SectionKind, List<LinkedTerm>> relations, FormOf.Target formOf) {
    }

    private static final Set<String> LABELS = Set.of("lb", "lbl", "label", "tlb", "term-label");
    private static final Set<String> EXAMPLES = Set.of("ux", "uxi", "usex", "eg", "ja-usex", "zh-x", "ko-usex");
    private static final Map<String, SectionKind> INLINE_RELATIONS = Map.ofEntries(
            Map.entry("syn", SectionKind.SYNONYMS), Map.entry("synonyms", SectionKind.SYNONYMS),
            Map.entry("ant", SectionKind.ANTONYMS), Map.entry("antonyms", SectionKind.ANTONYMS),
            Map.entry("hyper", SectionKind.HYPERNYMS), Map.entry("hypernyms", SectionKind.HYPERNYMS),
            Map.entry("hypo", SectionKind.HYPONYMS), Map.entry("hyponyms", SectionKind.HYPONYMS),
            Map.entry("cot", SectionKind.COORDINATE_TERMS), Map.entry("coord", SectionKind.COORDINATE_TERMS),
            Map.entry("coordinate terms", SectionKind.COORDINATE_TERMS),
            Map.entry("mer", SectionKind.MERONYMS), Map.entry("meronyms", SectionKind.MERONYMS),
            Map.entry("holo", SectionKind.HOLONYMS), Map.entry("holonyms", SectionKind.HOLONYMS));

    private SenseExtractor() {
    }

    static Result extract(List<String> lines, TemplateText text) {
        List<SenseBuilder> senses = new ArrayList<>();
        Map<SectionKind, List<LinkedTerm>> relations = new EnumMap<>(SectionKind.class);
        FormOf.Target formOf = null;
        SenseNumbers numbers = new SenseNumbers();
        SenseBuilder current = null;
        boolean quotationHadPassage = false;
        for (String line : lines) {
            if (!line.startsWith("#")) {
                continue;
            }
            int depth = SenseNumbers.depth(line);
            char marker = depth < line.length() ? line.charAt(depth) : ' ';
            if (marker != ':' && marker != '*') {
                String body = line.substring(depth);
                String id = numbers.next(depth);
                if (id == null) {
                    continue;
                }
                current = new SenseBuilder(id);
                FormOf.Target target = definition(body, current, text);
                if (formOf == null) {
                    formOf = target;
                }
                if (!current.gloss.isEmpty() || !current.labels.isEmpty()) {
                    senses.add(current);
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            String rest = line.substring(depth + 1);
            if (marker == '*' && !rest.startsWith(":")) {
                String passage = quotation(rest, text);
                quotationHadPassage = passage != null;
                if (passage != null && !passage.isEmpty()) {
                    current.examples.add(passage);
                }
            } else if (marker == '*') {
                String passage = text.plain(rest.substring(1));
                if (!quotationHadPassage && !passage.isEmpty()) {
                    current.examples.add(passage);
                }
            } else if (!inlineRelations(rest, current.id, relations)) {
                String example = example(rest, text);
                if (!example.isEmpty()) {
                    current.examples.add(example);
                }
            }
        }
        List<Sense> result = new ArrayList<>(senses.size());
        for (SenseBuilder sense : senses) {
            result.add(new Sense(sense.id, sense.gloss, List.copyOf(sense.labels), List.copyOf(sense.examples)));
        }
        return new Result(result, relations, formOf);
    }

    /** Gloss and labels of a definition line; the first form-of target it names, or {@code null}. */
    private static FormOf.Target definition(String body, SenseBuilder sense, TemplateText text) {
        FormOf.Target[] formOf = new FormOf.Target[1];
        sense.gloss = text.plain(body, template -> {
            if (LABELS.contains(template.name())) {
                for (int i = 2; i <= template.positional().size(); i++) {
                    String label = WikiText.toPlainText(template.arg(i));
                    if (!label.isEmpty() && !label.equals("_") && !label.equals("and") && !label.equals("or")
                            && !label.equals("&") && !label.equals(",")) {
                        sense.labels.add(label);
                    }
                }
            } else if (formOf[0] == null) {
                formOf[0] = FormOf.of(template);
            }
        });
        return formOf[0];
    }

    /** The passage of a {@code quote-*} template, "" for a citation without one, {@code null} for no such template. */
    private static String quotation(String line, TemplateText text) {
        for (Template template : Templates.find(line)) {
            if (template.name().startsWith("quote-") || template.name().equals("Q")) {
                String passage = template.arg("passage");
                if (passage.isEmpty()) {
                    passage = template.arg("text");
                }
                String translation = template.arg("translation").isEmpty() ? template.arg("t") : template.arg("translation");
                return withTranslation(text.plain(passage), text.plain(translation));
            }
        }
        return null;
    }

    private static String example(String line, TemplateText text) {
        for (Template template : Templates.find(line)) {
            if (EXAMPLES.contains(template.name())) {
                String translation = template.arg(3);
                if (translation.isEmpty()) {
                    translation = template.arg("t").isEmpty() ? template.arg("translation") : template.arg("t");
                }
                return withTranslation(text.plain(template.arg(2)), text.plain(translation));
            }
        }
        return text.plain(line);
    }

    private static String withTranslation(String example, String translation) {
        return example.isEmpty() || translation.isEmpty() ? example : example + " ― " + translation;
    }

    /** Relations written under a sense ({@code #: {{syn|en|hound|pooch}}}); whether the line held any. */
    private static boolean inlineRelations(String line, String senseId, Map<SectionKind, List<LinkedTerm>> relations) {
        boolean found = false;
        for (Template template : Templates.find(line)) {
            SectionKind kind = INLINE_RELATIONS.get(template.name());
            if (kind == null) {
                continue;
            }
            found = true;
            for (int i = 2; i <= template.positional().size(); i++) {
                String term = Terms.word(template.arg(i));
                if (term != null) {
                    relations.computeIfAbsent(kind, k -> new ArrayList<>()).add(new LinkedTerm(term, List.of(senseId)));
                }
            }
        }
        return found;
    }

    private static final class SenseBuilder {
        final String id;
        String gloss = "";
        final List<String> labels = new ArrayList<>();
        final List<String> examples = new ArrayList<>();

        SenseBuilder(String id) {
            this.id = id;
        }
    }
}
