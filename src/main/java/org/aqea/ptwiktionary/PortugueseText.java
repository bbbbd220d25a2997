package org.aqea.ptwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aqea.edition.LanguageTable;
import org.aqea.wikitext.RenderedText;
import org.aqea.wikitext.Template;

/**
 * Wikcionário's wikitext to plain text: {@code {{PAGENAME}}} the page's title, {@code {{etimo2|la|alĭquem|pt}}}
 * "do latim alĭquem", {@code {{link idioma|x|pt}}} "x"; labels at a definition's head
 * ({@code {{escopo|pt|São Paulo|Brasil|popular}}}, {@code {{escopo2|Informal}}}) show nothing in the gloss and give
 * the sense its labels. Unknown templates are dropped.
 */
final class PortugueseText extends RenderedText {

    private final LanguageTable languages;

    PortugueseText(LanguageTable languages) {
        this.languages = languages;
    }

    @Override
    protected String render(Template template) {
        return switch (template.name()) {
            case "PAGENAME" -> pageTitle();
            case "link idioma", "l", "nobr", "w" -> plain(template.arg(1));
            case "etimo", "etimo2" -> etymon(template);
            default -> "";
        };
    }

    @Override
    public List<String> labels(Template template) {
        return switch (template.name()) {
            // {{escopo|pt|São Paulo|Brasil|popular}}: the language, then the labels.
            case "escopo" -> plainArguments(template, 2);
            case "escopo2" -> plainArguments(template, 1);
            default -> List.of(template.name().strip());
        };
    }

    /** "do latim alĭquem": the source language in lower case and its word. */
    private String etymon(Template template) {
        if (template.arg(1).isBlank() || !languages.hasCode(template.arg(1))) {
            return "";
        }
        List<String> parts = new ArrayList<>(List.of("do", languages.nameOf(template.arg(1)).toLowerCase(Locale.ROOT)));
        String word = plain(template.arg(2));
        if (!word.isEmpty()) {
            parts.add(word);
        }
        return String.join(" ", parts);
    }
}
