package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * A section of related words (Synonymes, Antonymes, Dérivés, Apparentés, …): the words each list line links
 * ({@code * [[glacer]]}, {@code * {{lien|glacer|fr}}}), with the sense numbers the line or the group heading over it
 * names ({@code '''organe anatomique''' (1)}). In Dérivés autres langues, a line names the language:
 * {@code * {{L|en}} : [[rescue]]}.
 */
final class RelationExtractor {

    private static final Pattern SENSE_NUMBERS = Pattern.compile("\\((\\d+(?:\\.\\d+)?(?:\\s*,\\s*\\d+(?:\\.\\d+)?)*)\\)");

    private RelationExtractor() {
    }

    static List<LinkedTerm> extract(List<String> lines, boolean withLanguage) {
        List<LinkedTerm> terms = new ArrayList<>();
        List<String> groupSenses = List.of();
        for (String line : lines) {
            String item = WikiText.withoutLeading(line, ":");
            if (!item.startsWith("*")) {
                // A group's heading: its sense numbers serve the lines under it.
                groupSenses = senseIds(line);
                continue;
            }
            List<String> senseIds = senseIds(item);
            if (senseIds.isEmpty()) {
                senseIds = groupSenses;
            }
            String language = null;
            String words = item;
            List<Template> templates = Templates.find(item);
            if (withLanguage) {
                if (templates.isEmpty() || !(templates.get(0).name().equals("L") || templates.get(0).name().equals("T"))) {
                    continue;
                }
                language = templates.get(0).arg(1).strip();
                words = item.substring(templates.get(0).end());
            }
            for (String word : WikiText.linkTargets(words)) {
                add(terms, new LinkedTerm(word, senseIds, language));
            }
            for (Template template : templates) {
                if (template.name().equals("lien") || template.name().equals("l")) {
                    add(terms, new LinkedTerm(WikiText.toPlainText(template.arg(1)), senseIds,
                            withLanguage ? template.arg(2).strip() : null));
                }
            }
        }
        return List.copyOf(terms);
    }

    private static void add(List<LinkedTerm> terms, LinkedTerm term) {
        if (!term.word().isEmpty() && terms.stream().noneMatch(t -> t.word().equals(term.word())
                && Objects.equals(t.langCode(), term.langCode()))) {
            terms.add(term);
        }
    }

    private static List<String> senseIds(String line) {
        Matcher numbers = SENSE_NUMBERS.matcher(WikiText.stripTemplates(line));
        if (!numbers.find()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String id : numbers.group(1).split(",")) {
            ids.add(id.strip());
        }
        return List.copyOf(ids);
    }
}
