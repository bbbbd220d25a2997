package org.aqea.eswiktionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * A Traducciones section: one {@code {{t|de|a1=1|t1=Fahrrad|g1=n|t2=Rad|tl2=...}}} a language, its numbered words
 * ({@code t1}, {@code t2} ...) each with the senses it translates ({@code a1=1,2}), its gender ({@code g1}) and
 * transliteration ({@code tl1}).
 */
final class TranslationExtractor {

    private TranslationExtractor() {
    }

    static List<Translation> extract(List<String> lines) {
        Set<Translation> translations = new LinkedHashSet<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                if (!template.name().equals("t") && !template.name().equals("t+")) {
                    continue;
                }
                String language = template.arg(1).strip();
                for (int n = 1; n <= 50 && !template.arg("t" + n).isBlank(); n++) {
                    String word = WikiText.toPlainText(template.arg("t" + n));
                    if (word.isEmpty() || language.isEmpty()) {
                        continue;
                    }
                    String transliteration = WikiText.toPlainText(template.arg("tl" + n));
                    String gender = template.arg("g" + n).strip();
                    List<String> genders = switch (gender) {
                        case "m", "f", "n" -> List.of(gender);
                        case "c" -> List.of("u");
                        case "mf", "m y f" -> List.of("m", "f");
                        default -> List.of();
                    };
                    translations.add(new Translation(language, word, senseIds(template.arg("a" + n)),
                            transliteration.isEmpty() ? null : transliteration, false, genders, null));
                }
            }
        }
        return List.copyOf(translations);
    }

    /** {@code 1,2} or {@code 1; 3}: the sense numbers, in order (split by hand: a regular expression a word costs more). */
    private static List<String> senseIds(String value) {
        List<String> ids = new ArrayList<>(2);
        int from = 0;
        while (from <= value.length()) {
            int end = from;
            while (end < value.length() && value.charAt(end) != ',' && value.charAt(end) != ';') {
                end++;
            }
            String id = value.substring(from, end).strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            from = end + 1;
        }
        return List.copyOf(ids);
    }
}
