package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.SenseMatch;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * A Traductions section: tables {@code {{trad-début|gloss|sense number}}} … {@code {{trad-fin}}}, a line a language
 * {@code * {{T|de}} : {{trad+|de|frieren}}, {{trad-|de|Katze|f}}} (the word, its genders after it, a transliteration
 * {@code R=} or {@code tr=}); older lines link the word ({@code * {{T|de}} : [[frieren]]}). A table's sense is its
 * number where it gives one, else the one sense whose gloss begins the table's or begins with it, else none: a wrong sense is worse
 * than none.
 */
final class TranslationExtractor {

    private static final Set<String> WORDS = Set.of("trad+", "trad-", "trad--", "trad");
    private static final Set<String> GENDERS = Set.of("m", "f", "n", "c");

    private TranslationExtractor() {
    }

    static List<Translation> extract(List<String> lines, List<Sense> senses) {
        // A set: a table of fifty languages would cost a comparison with every earlier line for each word.
        Set<Translation> translations = new LinkedHashSet<>();
        List<String> senseIds = senses.size() == 1 ? List.of(senses.get(0).id()) : List.of();
        for (String line : lines) {
            List<Template> templates = Templates.find(line);
            if (!templates.isEmpty() && templates.get(0).name().equals("trad-début")) {
                senseIds = sense(templates.get(0), senses);
                continue;
            }
            if (!templates.isEmpty() && templates.get(0).name().equals("trad-fin")) {
                senseIds = senses.size() == 1 ? List.of(senses.get(0).id()) : List.of();
                continue;
            }
            if (!line.startsWith("*") || templates.isEmpty() || !templates.get(0).name().equals("T")) {
                continue;
            }
            String language = templates.get(0).arg(1).strip();
            boolean found = false;
            for (Template template : templates) {
                if (WORDS.contains(template.name()) && !template.arg(2).isBlank()) {
                    add(translations, new Translation(template.arg(1).strip(), WikiText.toPlainText(template.arg(2)), senseIds,
                            transliteration(template), false, genders(template), null));
                    found = true;
                }
            }
            if (!found && !language.isEmpty()) {
                int colon = line.indexOf(':', templates.get(0).end());
                String words = colon < 0 ? "" : line.substring(colon + 1);
                for (String word : WikiText.linkTargets(words)) {
                    add(translations, new Translation(language, word, senseIds, null, false));
                }
            }
        }
        return List.copyOf(translations);
    }

    private static void add(Set<Translation> translations, Translation translation) {
        if (!translation.word().isEmpty()) {
            translations.add(translation);
        }
    }

    private static List<String> sense(Template table, List<Sense> senses) {
        return SenseMatch.of(table.arg(2).strip(), WikiText.toPlainText(table.arg(1)), senses);
    }

    private static String transliteration(Template template) {
        String value = template.arg("R").isEmpty() ? template.arg("tr") : template.arg("R");
        return value.isBlank() ? null : WikiText.toPlainText(value);
    }

    private static List<String> genders(Template template) {
        List<String> genders = new ArrayList<>();
        for (int i = 3; i <= template.positional().size(); i++) {
            String value = template.arg(i).strip();
            if (value.equals("mf")) {
                genders.add("m");
                genders.add("f");
            } else if (GENDERS.contains(value)) {
                genders.add(value.equals("c") ? "u" : value);
            }
        }
        return List.copyOf(genders);
    }
}
