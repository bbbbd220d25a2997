package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aqea.edition.LanguageTable;
import org.aqea.wikitext.RenderedText;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * Wiktionnaire's wikitext to plain text, with the templates of glosses, examples and etymologies rendered as the
 * wiki shows them ({@code {{w|Émile Faguet}}} as "Émile Faguet", {@code {{siècle|XVI}}} as "XVIe siècle",
 * {@code {{étyl|la|fr|mot=gelo|sens=geler}}} as "latin gelo (« geler »)"). Templates that show nothing readable
 * without the wiki's Lua modules, and unknown ones, are dropped.
 */
final class FrenchText extends RenderedText {

    /** Templates that show their first argument, or the shown form {@code dif=} where one is given. */
    private static final Set<String> SHOW_FIRST = Set.of("lien", "l", "smcp", "pc", "petites capitales", "nobr", "nowrap",
            "lang", "sic !", "ws", "WS", "wsp", "citation", "term", "terme", "mot-valise", "nom w pc");
    /** Superscripts of ordinals: {@code XVI{{e}}}. */
    private static final Set<String> SUPERSCRIPTS = Set.of("e", "er", "ère", "re", "ers", "es", "d", "nd", "nde", "o",
            "os", "exp");

    private final LanguageTable languages;

    FrenchText(LanguageTable languages) {
        this.languages = languages;
    }

    @Override
    protected String render(Template template) {
        String name = template.name();
        if (SUPERSCRIPTS.contains(name)) {
            return name.equals("exp") ? plain(template.arg(1)) : template.arg(1).isEmpty() ? name : plain(template.arg(1));
        }
        if (SHOW_FIRST.contains(name)) {
            String shown = template.arg("dif");
            if (name.equals("lang")) {
                return plain(template.arg(2));
            }
            if (name.equals("nom w pc")) {
                return (plain(template.arg(1)) + " " + plain(template.arg(2))).strip();
            }
            return plain(shown.isEmpty() ? template.arg(1) : shown);
        }
        return switch (name) {
            case "w", "W", "Wikipédia", "wp" -> plain(template.arg(2).isEmpty() ? template.arg(1) : template.arg(2));
            case "siècle", "siècle2" -> template.arg(1).isEmpty() ? "" : plain(template.arg(1)) + "e siècle";
            case "date", "circa", "vers" -> dated(template);
            case "étyl", "étylp" -> etymon(template);
            case "composé de" -> compound(template);
            case "cf", "voir" -> template.positional().isEmpty() ? "" : "→ voir " + String.join(", ", plainArguments(template, 1));
            case "variante de", "variante ortho de", "variante orthographique de" -> "variante de " + plain(template.arg(1));
            case "équiv-pour" -> template.arg(2).isEmpty() ? "" : "(" + plain(template.arg(1)) + " : " + plain(template.arg(2)) + ")";
            case "'", "apos" -> "’";
            case "!" -> "|";
            default -> "";
        };
    }

    /**
     * A label's words: {@code {{lexique|zoologie|ichtyologie|fr}}} "zoologie" and "ichtyologie", {@code {{info
     * lex|droit}}} "droit", {@code {{figuré|fr}}} "figuré".
     */
    @Override
    public List<String> labels(Template template) {
        String name = template.name();
        if (name.equals("lexique") || name.equals("info lex") || name.equals("term") || name.equals("terme")
                || name.equals("domaine")) {
            List<String> words = new ArrayList<>();
            for (int i = 1; i <= template.positional().size(); i++) {
                String word = plain(template.arg(i));
                // The last argument is the language the category is of.
                if (!word.isEmpty() && !(i == template.positional().size() && i > 1 && isLanguageCode(word))) {
                    words.add(word);
                }
            }
            return words;
        }
        return List.of(name.strip());
    }

    /**
     * Whether a template at the head of a definition is a label: one that shows nothing in the text
     * ({@code {{figuré|fr}}}, {@code {{lexique|droit|fr}}}), or a term ({@code {{term|Débit}}}); one that shows text (a
     * link, a name, a century) begins the gloss.
     */
    @Override
    public boolean isLabel(Template template) {
        return template.name().equals("term") || template.name().equals("terme") || render(template).isEmpty();
    }

    /**
     * An example: {@code {{exemple|text|translation|lang=…|source=…}}}, or the older {@code ''text'' {{source|…}}};
     * an example without text ({@code {{exemple|lang=fr}}}, the wiki's call for one) is none.
     */
    @Override
    public String example(String line) {
        for (Template template : Templates.find(line)) {
            if (template.name().equals("exemple") || template.name().equals("ex")) {
                String passage = plain(template.arg(1));
                String translation = plain(template.arg(2).isEmpty() ? template.arg("sens") : template.arg(2));
                return passage.isEmpty() || translation.isEmpty() ? passage : passage + " ― " + translation;
            }
        }
        // The older form: the passage in italics, its source in {{source|…}}, which shows nothing here.
        return plain(line);
    }

    private boolean isLanguageCode(String word) {
        return word.length() <= 12 && word.equals(word.toLowerCase(Locale.ROOT)) && !languages.nameOf(word).equals(word);
    }

    private String dated(Template template) {
        String date = plain(template.arg(1));
        if (date.isEmpty()) {
            return "";
        }
        return template.name().equals("date") ? "(" + date + ")" : "(c. " + date + ")";
    }

    /** "latin gelo (« geler »)": the source language in the wiki's lower case, its word and its sense if given. */
    private String etymon(Template template) {
        String language = languages.nameOf(template.arg(1));
        if (!language.isEmpty()) {
            language = language.substring(0, 1).toLowerCase(Locale.ROOT) + language.substring(1);
        }
        String word = plain(template.arg("mot"));
        String sense = plain(template.arg("sens"));
        StringBuilder out = new StringBuilder(language);
        if (!word.isEmpty()) {
            out.append(' ').append(word);
        }
        if (!sense.isEmpty()) {
            out.append(" (« ").append(sense).append(" »)");
        }
        return out.toString();
    }

    /** {@code {{composé de|greffe|-ier|lang=fr}}}: "composé de greffe et de -ier". */
    private String compound(Template template) {
        List<String> parts = plainArguments(template, 1);
        return parts.isEmpty() ? "" : "composé de " + String.join(" et de ", parts);
    }
}
