package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.RenderedText;

/**
 * English Wiktionary wikitext to plain text, with the templates of glosses and etymologies rendered as the wiki
 * shows them ({@code {{inh|en|enm|hound}}} as "Middle English hound", {@code {{gloss|a dog}}} as "(a dog)"). Only what
 * a template's arguments spell is rendered; templates whose text needs Lua data (inflection tables, quotations'
 * formatting) are dropped.
 */
final class TemplateText extends RenderedText {

    /** Term templates: {@code {{l|lang|term|alt|gloss}}}. */
    private static final Set<String> LINKS = Set.of("l", "m", "l-self", "ll", "link", "mention", "m-self", "l-lite",
            "m-lite", "langname-lite");
    /** Etymology templates naming a source language and a term: {@code {{inh|en|enm|hound}}}. */
    private static final Set<String> SOURCES = Set.of("inh", "inherited", "der", "derived", "bor", "borrowed", "lbor",
            "learned borrowing", "slbor", "obor", "orthographic borrowing", "ubor", "unadapted borrowing", "psm",
            "phono-semantic matching", "translit", "transliteration");
    private static final Set<String> QUALIFIERS = Set.of("q", "qual", "qualifier", "i", "qf", "q-lite", "gloss", "gl");
    private static final Set<String> AFFIXES = Set.of("affix", "af", "compound", "com", "prefix", "pre", "suffix", "suf",
            "confix", "con");

    private final LanguageNames languages;

    TemplateText(LanguageNames languages) {
        this.languages = languages;
    }

    @Override
    protected String render(Template template) {
        String name = template.name();
        if (LINKS.contains(name)) {
            return term(template, 2);
        }
        if (SOURCES.contains(name)) {
            return withTerm(languages.nameOf(template.arg(2)), template, 3);
        }
        if (QUALIFIERS.contains(name)) {
            List<String> parts = plainArguments(template, 1);
            return parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")";
        }
        if (AFFIXES.contains(name)) {
            return affix(template);
        }
        FormOf.Target formOf = FormOf.of(template);
        if (formOf != null) {
            return formOf(template, formOf);
        }
        return switch (name) {
            case "inh+" -> "inherited from " + withTerm(languages.nameOf(template.arg(2)), template, 3);
            case "bor+" -> "borrowed from " + withTerm(languages.nameOf(template.arg(2)), template, 3);
            case "der+" -> "derived from " + withTerm(languages.nameOf(template.arg(2)), template, 3);
            case "lbor+" -> "learned borrowing from " + withTerm(languages.nameOf(template.arg(2)), template, 3);
            case "cal", "calque", "clq" -> "calque of " + withTerm(languages.nameOf(template.arg(2)), template, 3);
            case "sl", "semantic loan" -> "semantic loan from " + withTerm(languages.nameOf(template.arg(2)), template, 3);
            case "cog", "cognate", "noncog", "ncog", "noncognate" -> withTerm(languages.nameOf(template.arg(1)), template, 2);
            case "etyl" -> languages.nameOf(template.arg(1));
            case "blend" -> "blend of " + String.join(" + ", plainArguments(template, 2));
            case "back-formation", "back-form", "bf" -> "back-formation from " + term(template, 2);
            case "clipping", "clip" -> "clipping of " + term(template, 2);
            case "doublet", "dbt" -> "doublet of " + String.join(" and ", plainArguments(template, 2));
            case "onomatopoeic", "onom" -> "onomatopoeic";
            case "unknown", "unk" -> "unknown";
            case "uncertain", "unc" -> "uncertain";
            case "w", "wp", "pedia" -> plain(template.arg(2).isEmpty() ? template.arg(1) : template.arg(2));
            case "taxlink", "taxfmt", "vern", "nc", "ncv" -> plain(template.arg(1));
            case "non-gloss definition", "non-gloss", "n-g", "ngd", "ng" -> plain(template.arg(1));
            case "sense", "s" -> "(" + plain(template.arg(1)) + ")";
            case "nb...", "...", "ellipsis" -> "…";
            case "," -> ",";
            case "!" -> "|";
            default -> "";
        };
    }

    /** "plural of dog", "genitive singular of Hund", "alternative form of colour". */
    private static String formOf(Template template, FormOf.Target target) {
        String name = template.name();
        String kind = switch (name) {
            case "inflection of", "infl of", "form of" -> String.join(" ", target.tags()) + " of";
            case "alt form", "altform" -> "alternative form of";
            case "alt sp" -> "alternative spelling of";
            default -> name.startsWith("en-") ? name.substring(3) : name;
        };
        return kind + " " + target.lemma();
    }

    /** {@code term (“gloss”)}: the shown form (alt) of a term argument, or the term, and its gloss if given. */
    private String term(Template template, int termArg) {
        String alt = template.arg(termArg + 1);
        String shown = plain(alt.isEmpty() ? template.arg(termArg) : alt);
        String gloss = template.arg(termArg + 2);
        if (gloss.isEmpty()) {
            gloss = template.arg("t").isEmpty() ? template.arg("gloss") : template.arg("t");
        }
        gloss = plain(gloss);
        return gloss.isEmpty() ? shown : shown + " (“" + gloss + "”)";
    }

    private String withTerm(String language, Template template, int termArg) {
        String term = term(template, termArg);
        return term.isEmpty() || term.equals("-") ? language : language + " " + term;
    }

    /** {@code {{prefix|en|un|do}}} as "un- + do", {@code {{suffix|en|dog|ish}}} as "dog + -ish". */
    private String affix(Template template) {
        String kind = template.name();
        List<String> parts = new ArrayList<>();
        int last = template.positional().size();
        for (int i = 2; i <= last; i++) {
            String part = plain(template.arg(i));
            if (part.isEmpty()) {
                continue;
            }
            if ((kind.equals("prefix") || kind.equals("pre") || kind.equals("confix") || kind.equals("con"))
                    && i == 2 && !part.endsWith("-")) {
                part = part + "-";
            } else if ((kind.equals("suffix") || kind.equals("suf") || kind.equals("confix") || kind.equals("con"))
                    && i == last && i > 2 && !part.startsWith("-")) {
                part = "-" + part;
            }
            parts.add(part);
        }
        return String.join(" + ", parts);
    }
}
