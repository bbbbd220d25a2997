package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * The {@code ==== {{Übersetzungen}} ====} section: every {@code {{Ü-Tabelle}}} (its {@code Ü-Liste} and
 * {@code Dialekttabelle}, or in older tables its two columns {@code Ü-links} and {@code Ü-rechts}), or the pre-2016
 * layout between {@code {{Ü-links}}} and {@code {{Ü-rechts}}} with sense numbers written inline. The language code is taken from the translation template itself.
 */
final class TranslationExtractor {

    private TranslationExtractor() {
    }

    static List<Translation> extract(String section) {
        List<Translation> translations = new ArrayList<>();
        boolean tableFound = false;
        for (Template table : Templates.find(section)) {
            if (!table.name().equals("Ü-Tabelle")) {
                continue;
            }
            tableFound = true;
            List<String> tableSenses = SenseIds.parse(table.arg(1));
            for (String list : List.of("Ü-Liste", "Ü-links", "Ü-rechts", "Dialekttabelle")) {
                addLines(table.arg(list), tableSenses, translations);
            }
        }
        if (!tableFound) {
            addLines(section, List.of(), translations);
        }
        return translations;
    }

    private static void addLines(String text, List<String> defaultSenses, List<Translation> translations) {
        for (String line : text.split("\n")) {
            if (!line.contains("{{")) {
                continue;
            }
            List<String> senses = defaultSenses;
            int from = 0;
            for (Template template : Templates.find(line)) {
                List<String> inline = inlineSenses(line.substring(from, template.start()));
                if (!inline.isEmpty()) {
                    senses = inline;
                }
                from = template.end();
                Translation translation = toTranslation(template, senses);
                if (translation != null) {
                    translations.add(translation);
                }
            }
        }
    }

    /** The last {@code [n]} in a stretch of text between templates (old layout), or an empty list. */
    private static List<String> inlineSenses(String text) {
        int close = text.lastIndexOf(']');
        int open = close < 0 ? -1 : text.lastIndexOf('[', close);
        if (open < 0 || (open > 0 && text.charAt(open - 1) == '[')) {
            return List.of();
        }
        return SenseIds.parse(text.substring(open + 1, close));
    }

    private static Translation toTranslation(Template template, List<String> senses) {
        String name = template.name();
        boolean uncertain = name.endsWith("?");
        String kind = uncertain ? name.substring(0, name.length() - 1) : name;
        String langCode = template.arg(1);
        String word;
        String transliteration = null;
        switch (kind) {
            case "Ü" -> word = template.arg(2);
            case "Üt" -> {
                word = template.arg(2);
                transliteration = template.arg(3);
            }
            case "Üxx4", "Üxx5" -> {
                word = template.arg("v").isEmpty() ? template.arg(2) : template.arg("v");
                transliteration = template.arg("d").isEmpty() ? template.arg(3) : template.arg("d");
            }
            default -> {
                return null;
            }
        }
        word = WikiText.toPlainText(word);
        if (langCode.isEmpty() || word.isEmpty()) {
            return null;
        }
        String translit = transliteration == null ? null : WikiText.toPlainText(transliteration);
        return new Translation(langCode, word, senses, translit == null || translit.isEmpty() ? null : translit, uncertain);
    }
}
