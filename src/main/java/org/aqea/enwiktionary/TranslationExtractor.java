package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * A Translations section: tables between {@code {{trans-top|gloss}}} (or {@code {{checktrans-top}}}, whose
 * translations are unchecked) and {@code {{trans-bottom}}}, one line per language ({@code * German: {{t+|de|Hund|m}}}),
 * nested lines for varieties ({@code *: Mandarin: {{t|cmn|狗|tr=gǒu}}}); {@code t}, {@code t+}, {@code tt},
 * {@code tt+} and the {@code t-check} forms, with transliteration and genders. A table's gloss is tied to the senses
 * by {@link SenseMatcher}. {@code {{trans-see|...}}} points at the page whose tables serve this entry.
 */
final class TranslationExtractor {

    record Result(List<Translation> translations, List<String> see) {
    }

    private TranslationExtractor() {
    }

    static Result extract(List<String> lines, SenseMatcher senses) {
        List<Translation> translations = new ArrayList<>();
        List<String> see = new ArrayList<>();
        List<String> senseIds = List.of();
        boolean unchecked = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("{{")) {
                int[] spans = Templates.spans(stripped);
                if (spans.length >= 2 && spans[0] == 0) {
                    Template template = Templates.at(stripped, spans[0], spans[1]);
                    switch (template.name()) {
                        case "trans-top", "trans-top-also" -> {
                            senseIds = senses.match(WikiText.toPlainText(template.arg(1)));
                            unchecked = false;
                            continue;
                        }
                        case "checktrans-top", "ttbc-top" -> {
                            senseIds = List.of();
                            unchecked = true;
                            continue;
                        }
                        case "trans-bottom", "checktrans-bottom", "ttbc-bottom" -> {
                            senseIds = List.of();
                            unchecked = false;
                            continue;
                        }
                        case "trans-see", "see translation subpage" -> {
                            String target = template.arg(2).isEmpty() ? template.arg(1) : template.arg(2);
                            if (!target.isEmpty()) {
                                see.add(WikiText.toPlainText(target));
                            }
                            continue;
                        }
                        default -> { }
                    }
                }
            }
            if (stripped.startsWith("*")) {
                languageLine(stripped, senseIds, unchecked, translations);
            }
        }
        return new Result(translations, see);
    }

    /** {@code * German: {{t+|de|Hund|m}}, {{t|de|Köter|m}}} or {@code *: Mandarin: {{t|cmn|狗}}}. */
    private static void languageLine(String line, List<String> senseIds, boolean unchecked, List<Translation> out) {
        boolean nested = line.startsWith("*:") || line.startsWith("**");
        String body = WikiText.withoutLeading(line, "*:").strip();
        int colon = body.indexOf(':');
        int firstTemplate = body.indexOf("{{");
        String variety = null;
        if (nested && colon > 0 && (firstTemplate < 0 || colon < firstTemplate)) {
            variety = WikiText.toPlainText(body.substring(0, colon));
        }
        for (Template template : Templates.find(body)) {
            String name = template.name();
            boolean check = name.equals("t-check") || name.equals("t+check");
            if (!name.equals("t") && !name.equals("t+") && !name.equals("tt") && !name.equals("tt+") && !check) {
                continue;
            }
            String word = WikiText.toPlainText(template.arg(2));
            if (word.isEmpty() || template.arg(1).isEmpty()) {
                continue;
            }
            List<String> genders = new ArrayList<>();
            for (int i = 3; i <= template.positional().size(); i++) {
                Genders.addSpec(template.arg(i), genders);
            }
            Genders.addSpec(template.arg("g"), genders);
            // Older tables link the kana of a Japanese reading: tr=[[いぬ]], inu.
            String transliteration = WikiText.toPlainText(template.arg("tr"));
            out.add(new Translation(template.arg(1), word, senseIds, transliteration.isEmpty() ? null : transliteration,
                    unchecked || check, List.copyOf(genders), variety));
        }
    }
}
