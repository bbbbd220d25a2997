package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aqea.lexicon.Sense;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * {@code {{Bedeutungen}}} and {@code {{Beispiele}}}: numbered senses ({@code :[1]}, {@code :[2a]}, sub-senses
 * {@code ::[a]} under the previous number) with their labels, and the examples given for them. Grouping lines
 * ({@code *{{K|intrans.}}}) label the senses that follow them.
 */
final class SenseExtractor {

    private SenseExtractor() {
    }

    static List<Sense> extract(List<String> meaningLines, List<String> exampleLines, List<String> warnings) {
        Map<String, SenseBuilder> senses = new LinkedHashMap<>();
        List<String> groupLabels = List.of();
        String lastNumber = "";
        for (String line : meaningLines) {
            String stripped = line.strip();
            String body = WikiText.withoutLeading(stripped, ":*").strip();
            if (body.isEmpty()) {
                continue;
            }
            if (!SenseIds.hasLeading(body)) {
                if (stripped.startsWith("*") || WikiText.toPlainText(body).isEmpty()) {
                    groupLabels = labelsOf(body);
                } else {
                    warnings.add("meaning without a sense number: " + abbreviate(body));
                }
                continue;
            }
            List<String> ids = SenseIds.leading(body);
            if (ids.isEmpty()) {
                continue;
            }
            String id = ids.get(0);
            boolean subSense = stripped.startsWith("::") && SenseIds.isLetter(id);
            if (subSense) {
                id = lastNumber + id;
            } else {
                lastNumber = SenseIds.withoutLetter(id);
            }
            String text = SenseIds.afterLeading(body);
            List<String> labels = new ArrayList<>(groupLabels);
            labels.addAll(labelsOf(text));
            String gloss = WikiText.withoutLeading(WikiText.toPlainText(text), ":;," + WikiText.ASCII_SPACES);
            if (gloss.isEmpty() && labels.isEmpty()) {
                continue;
            }
            senses.putIfAbsent(id, new SenseBuilder(id, gloss, labels));
        }
        addExamples(exampleLines, senses, warnings);
        List<Sense> result = new ArrayList<>(senses.size());
        for (SenseBuilder builder : senses.values()) {
            result.add(new Sense(builder.id, builder.gloss, List.copyOf(builder.labels), List.copyOf(builder.examples)));
        }
        return result;
    }

    private static void addExamples(List<String> lines, Map<String, SenseBuilder> senses, List<String> warnings) {
        String lastNumber = "";
        for (String line : lines) {
            String stripped = line.strip();
            String body = WikiText.withoutLeading(stripped, ":").strip();
            List<String> ids = SenseIds.leading(body);
            String example = WikiText.toPlainText(SenseIds.afterLeading(body));
            if (example.isEmpty() || ids.isEmpty()) {
                continue;
            }
            for (String rawId : ids) {
                String id = stripped.startsWith("::") && SenseIds.isLetter(rawId) ? lastNumber + rawId : rawId;
                SenseBuilder sense = senses.get(id);
                if (sense != null) {
                    sense.examples.add(example);
                } else if (!id.equals("*") && !id.equals("?")) {
                    warnings.add("example for an unknown sense [" + id + "]: " + abbreviate(example));
                }
            }
            String last = ids.get(ids.size() - 1);
            if (!SenseIds.isLetter(last)) {
                lastNumber = SenseIds.withoutLetter(last);
            }
        }
    }

    /** Labels of a line: the arguments of {@code {{K|...}}} and the names of label templates such as {@code {{ugs.}}}. */
    static List<String> labelsOf(String text) {
        List<String> labels = new ArrayList<>();
        for (Template template : Templates.find(text)) {
            String name = template.name();
            if (name.equals("K")) {
                for (String label : template.positional()) {
                    String plain = WikiText.toPlainText(label);
                    if (!plain.isEmpty()) {
                        labels.add(plain);
                    }
                }
            } else if (name.endsWith(".") || LABEL_TEMPLATES.contains(name)) {
                labels.add(name);
            }
        }
        return labels;
    }

    private static final java.util.Set<String> LABEL_TEMPLATES = java.util.Set.of(
            "veraltet", "selten", "scherzhaft", "abwertend", "gehoben", "umgangssprachlich", "regional",
            "österreichisch", "schweizerisch", "süddeutsch", "norddeutsch", "fachsprachlich", "kPl.", "trans.", "intrans.");

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static final class SenseBuilder {
        final String id;
        final String gloss;
        final List<String> labels;
        final List<String> examples = new ArrayList<>();

        SenseBuilder(String id, String gloss, List<String> labels) {
            this.id = id;
            this.gloss = gloss;
            this.labels = labels;
        }
    }
}
