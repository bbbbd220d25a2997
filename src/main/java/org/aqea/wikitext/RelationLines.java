package org.aqea.wikitext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.lexicon.LinkedTerm;

/**
 * A section of related words written as a list (synonyms, antonyms, derived terms, …), as the Italian, Portuguese and
 * Dutch editions write them: the words each line links ({@code * [[aderire]], [[appoggiare]]}), or names in a link
 * template ({@code * {{link idioma|objetivação|pt}}}); the senses a line names first ({@code *[1] [[kat]]}).
 * Labels before the words ({@code {{Fig}}}) and plain text are left out: only what the line links is a word.
 */
public final class RelationLines {

    private static final Pattern SENSES = Pattern.compile("^\\[(\\d+(?:\\.\\d+)?(?:\\s*[,-]\\s*\\d+(?:\\.\\d+)?)*)]");

    private RelationLines() {
    }

    /** The words of the lines; {@code linkTemplates} name templates whose first argument is a word. */
    public static List<LinkedTerm> extract(List<String> lines, Set<String> linkTemplates) {
        Map<String, LinkedTerm> terms = new LinkedHashMap<>();
        for (String line : lines) {
            String item = WikiText.withoutLeading(line, ":");
            if (!item.startsWith("*")) {
                continue;
            }
            item = WikiText.withoutLeading(item, "*").strip();
            List<String> senseIds = List.of();
            Matcher senses = SENSES.matcher(item);
            if (senses.find()) {
                senseIds = ids(senses.group(1));
                item = item.substring(senses.end());
            }
            for (String word : WikiText.linkTargets(item)) {
                terms.putIfAbsent(word, new LinkedTerm(word, senseIds));
            }
            for (Template template : Templates.find(item)) {
                if (linkTemplates.contains(template.name())) {
                    String word = WikiText.toPlainText(template.arg(1));
                    if (!word.isEmpty()) {
                        terms.putIfAbsent(word, new LinkedTerm(word, senseIds));
                    }
                }
            }
        }
        return List.copyOf(terms.values());
    }

    private static List<String> ids(String numbers) {
        List<String> ids = new ArrayList<>();
        for (String id : numbers.split(",")) {
            String[] range = id.strip().split("-");
            if (range.length == 2 && range[0].strip().matches("\\d+") && range[1].strip().matches("\\d+")) {
                int to = Math.min(Integer.parseInt(range[1].strip()), Integer.parseInt(range[0].strip()) + 50);
                for (int n = Integer.parseInt(range[0].strip()); n <= to; n++) {
                    ids.add(Integer.toString(n));
                }
            } else if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return List.copyOf(ids);
    }
}
