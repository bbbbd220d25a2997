package org.aqea.eswiktionary;

import java.util.List;
import java.util.Locale;
import org.aqea.edition.LanguageTable;
import org.aqea.wikitext.RenderedText;
import org.aqea.wikitext.Template;

/**
 * Wikcionario's wikitext to plain text, with the templates of glosses and etymologies rendered as the wiki shows them
 * ({@code {{plm|vehículo}}} as "Vehículo", {@code {{l|es|limitar|Limita}}} as "Limita",
 * {@code {{etimología|fr|bicyclette}}} as "Del francés bicyclette"); others are dropped. {@code {{plm}}} alone shows the
 * page's title: {@link #page} says which. An instance serves one thread, as its parser does.
 */
final class SpanishText extends RenderedText {

    private final LanguageTable languages;

    SpanishText(LanguageTable languages) {
        this.languages = languages;
    }

    @Override
    protected String render(Template template) {
        return switch (template.name()) {
            case "plm" -> capitalized(template.positional().isEmpty() || template.arg(1).isBlank() ? pageTitle() : plain(template.arg(1)));
            case "l", "l+", "l-" -> plain(template.arg(3).isBlank() ? template.arg(2) : template.arg(3));
            case "impropia", "nobreak", "versalita", "smallcaps" -> plain(template.arg(1));
            case "w", "W" -> plain(template.arg(2).isBlank() ? template.arg(1) : template.arg(2));
            case "etimología", "etim" -> etymon(template);
            case "participio" -> "Participio de " + plain(template.arg(1));
            default -> template.name().startsWith("forma ") && !template.arg(1).isBlank()
                    ? capitalized(template.name()) + " de " + plain(template.arg(1)) : "";
        };
    }

    /** "Del francés bicyclette": the source language in the wiki's lower case and its word. */
    private String etymon(Template template) {
        if (template.arg(1).isBlank() || !languages.hasCode(template.arg(1))) {
            return "";
        }
        String language = languages.nameOf(template.arg(1)).toLowerCase(Locale.ROOT);
        List<String> words = plainArguments(template, 2);
        String text = language + (words.isEmpty() ? "" : " " + String.join(" y ", words));
        return template.name().equals("etimología") ? "Del " + text : "del " + text;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
