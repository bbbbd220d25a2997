package org.aqea.nlwiktionary;

import org.aqea.wikitext.RenderedText;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * WikiWoordenboek's wikitext to plain text: {@code {{pn}}} the page's title, {@code {{Q|x|nld}}} "x"; labels at a
 * definition's head ({@code {{roofdieren|nld}}}, {@code {{figuurlijk|nld}}}) show nothing in the gloss and give the
 * sense its labels; an example follows its definition on a line of its own, {@code {{bijv-1|text}}} or
 * {@code {{bijv-2|text|translation}}}. Unknown templates are dropped.
 */
final class DutchText extends RenderedText {

    @Override
    protected String render(Template template) {
        return switch (template.name()) {
            case "pn", "Pn" -> pageTitle();
            case "Q", "l", "w" -> plain(template.arg(1));
            default -> "";
        };
    }

    @Override
    public String exampleOutsideList(String line) {
        String stripped = line.strip();
        if (!stripped.startsWith("{{bijv-")) {
            return null;
        }
        for (Template template : Templates.find(stripped)) {
            if (template.name().startsWith("bijv-")) {
                String passage = plain(template.arg(1));
                String translation = template.name().equals("bijv-2") ? plain(template.arg(2)) : "";
                return passage.isEmpty() || translation.isEmpty() ? passage : passage + " ― " + translation;
            }
        }
        return null;
    }
}
