package org.aqea.itwiktionary;

import java.util.List;
import java.util.Map;
import org.aqea.edition.LanguageTable;
import org.aqea.wikitext.RenderedText;
import org.aqea.wikitext.Template;

/**
 * Wikizionario's wikitext to plain text: the templates of glosses and etymologies rendered as the wiki shows them
 * ({@code {{Pn}}} the page's title, {@code {{Linkp|x}}} "x", {@code {{Etim-link|brillare}}} "vedi brillare");
 * labels at a definition's head ({@code {{Term|informatica|it}}}, {@code {{Est}}}, {@code {{Fig}}}) show nothing in
 * the gloss and give the sense its labels. Unknown templates are dropped.
 */
final class ItalianText extends RenderedText {

    /** Label templates whose words are not their name. */
    private static final Map<String, String> LABEL_WORDS = Map.of("Est", "per estensione", "Fig", "figurato",
            "Lett", "letterario", "Raro", "raro", "Spreg", "spregiativo", "Volg", "volgare", "Fam", "familiare",
            "Antiq", "antiquato", "Scherz", "scherzoso", "Region", "regionale");

    private final LanguageTable languages;

    ItalianText(LanguageTable languages) {
        this.languages = languages;
    }

    @Override
    protected String render(Template template) {
        return switch (template.name()) {
            case "Pn" -> pageTitle();
            case "Linkp", "Noepi", "Nobr", "nobr" -> plain(template.arg(1));
            case "Etim-link" -> template.arg(1).isBlank() ? "" : "vedi " + plain(template.arg(1));
            case "Lingue", "Lang" -> languages.nameOf(template.arg(1)).toLowerCase(java.util.Locale.ROOT);
            case "W", "w" -> plain(template.arg(2).isEmpty() ? template.arg(1) : template.arg(2));
            default -> "";
        };
    }

    @Override
    public List<String> labels(Template template) {
        if (template.name().equals("Term") || template.name().equals("term")) {
            return List.of(plain(template.arg(1)));
        }
        return List.of(LABEL_WORDS.getOrDefault(template.name().strip(), template.name().strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
