package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.WikiText;

/**
 * The head line of a part-of-speech section ({@code {{en-noun}}}, {@code {{en-verb|goes|going|went|gone}}},
 * {@code {{head|de|noun|g=m}}}, {@code {{fr-noun|m}}}): the genders, and the forms that English's own head templates
 * spell or imply by their default rules, each tagged. A form that only the wiki's Lua modules could work out is left
 * out.
 */
final class HeadExtractor {

    /** Genders and forms of an entry's head. */
    record Head(List<String> genders, List<Form> forms) {
    }

    private HeadExtractor() {
    }

    static Head extract(List<Template> headTemplates, String word, List<String> warnings) {
        List<String> genders = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        for (Template template : headTemplates) {
            String name = template.name();
            switch (name) {
                case "en-noun" -> nounForms(template, word, forms);
                case "en-verb" -> verbForms(template, word, forms, warnings);
                case "en-adj", "en-adv" -> comparison(template, word, forms);
                case "head", "head-lite" -> headForms(template, forms);
                default -> {
                    if (!name.startsWith("en-") && isNounHead(name)) {
                        Genders.addSpec(template.arg(1), genders);
                    }
                }
            }
            for (String key : List.of("g", "g1", "g2", "g3")) {
                Genders.addSpec(template.arg(key), genders);
            }
        }
        return new Head(List.copyOf(genders), List.copyOf(forms));
    }

    /** {@code de-noun}, {@code fr-proper noun}: heads whose first argument is the gender. */
    private static boolean isNounHead(String name) {
        int dash = name.indexOf('-');
        return dash > 0 && (name.endsWith("-noun") || name.endsWith("-proper noun") || name.endsWith("-prop"));
    }

    /**
     * Plurals: none given is the default {@code -s}; {@code s}, {@code es} endings; {@code -} uncountable, {@code ~}
     * countable and uncountable, {@code ?} and {@code !} unknown or unattested (no form); anything else a plural spelled out.
     */
    private static void nounForms(Template template, String word, List<Form> forms) {
        List<String> specs = template.positional();
        if (specs.isEmpty()) {
            forms.add(new Form(EnglishInflection.withS(word), List.of("plural")));
            return;
        }
        boolean onlyMarkers = true;
        for (String spec : specs) {
            String plural = switch (spec) {
                case "-", "~", "?", "!", "" -> null;
                case "+" -> EnglishInflection.withS(word);
                case "s" -> word + "s";
                case "es" -> word + "es";
                default -> spec;
            };
            if (plural != null) {
                onlyMarkers = false;
                addForm(forms, plural, "plural");
            }
        }
        if (onlyMarkers && specs.get(0).equals("~")) {
            addForm(forms, EnglishInflection.withS(word), "plural");
        }
    }

    /**
     * Third person, present participle, past and past participle as arguments 1 to 4; a missing or {@code +} argument
     * takes the default rule, {@code ++} doubles the final consonant. The old stem-and-ending form
     * ({@code {{en-verb|tr|i|ed}}}) needs the wiki's module and gives no forms.
     */
    private static void verbForms(Template template, String word, List<Form> forms, List<String> warnings) {
        String first = template.arg(1);
        if (!first.isEmpty() && !first.startsWith("+") && first.length() < word.length() && word.startsWith(first)) {
            warnings.add("{{en-verb}} in the old stem form, forms left out: " + first);
            return;
        }
        boolean doubled = first.equals("++");
        String third = given(template.arg(1), EnglishInflection.withS(word));
        String participle = given(template.arg(2), EnglishInflection.withIng(word, doubled));
        String past = given(template.arg(3), EnglishInflection.withEd(word, doubled));
        String pastParticiple = given(template.arg(4), past);
        addForm(forms, third, "present", "singular", "third-person");
        addForm(forms, participle, "present", "participle");
        addForm(forms, past, "past");
        addForm(forms, pastParticiple, "past", "participle");
    }

    private static String given(String argument, String otherwise) {
        return argument.isEmpty() || argument.startsWith("+") ? otherwise : argument;
    }

    /**
     * Comparative and superlative: none given is {@code more}/{@code most}; {@code er} the {@code -er}/{@code -est}
     * rule; {@code -} not comparable; a spelled-out comparative takes {@code sup=} or the superlative of its spelling.
     */
    private static void comparison(Template template, String word, List<Form> forms) {
        List<String> specs = template.positional().isEmpty() ? List.of("more") : template.positional();
        for (int i = 0; i < specs.size(); i++) {
            String spec = specs.get(i);
            String superlative = template.arg(i == 0 ? "sup" : "sup" + (i + 1));
            String comparative;
            switch (spec) {
                case "-", "?", "!", "" -> comparative = null;
                case "more" -> {
                    comparative = "more " + word;
                    superlative = "most " + word;
                }
                case "er", "+" -> {
                    comparative = EnglishInflection.withEr(word, "er");
                    superlative = superlative.isEmpty() ? EnglishInflection.withEr(word, "est") : superlative;
                }
                default -> {
                    comparative = spec;
                    if (superlative.isEmpty()) {
                        superlative = spec.startsWith("more ") ? "most " + spec.substring(5)
                                : spec.endsWith("er") ? spec.substring(0, spec.length() - 2) + "est" : "";
                    }
                }
            }
            if (comparative != null) {
                addForm(forms, comparative, "comparative");
                if (!superlative.isEmpty()) {
                    addForm(forms, superlative, "superlative");
                }
            }
        }
    }

    /** {@code {{head|en|noun|plural|dogs}}}: label and form pairs from the third argument on. */
    private static void headForms(Template template, List<Form> forms) {
        for (int i = 3; i + 1 <= template.positional().size(); i += 2) {
            String label = template.arg(i);
            String form = template.arg(i + 1);
            if (!label.isEmpty() && !form.isEmpty() && !form.contains("[[") && !form.contains("{{")) {
                addForm(forms, form, label.strip().split("\\s+"));
            }
        }
    }

    private static void addForm(List<Form> forms, String form, String... tags) {
        // Older pages write markup into a head template's forms: {{en-verb|...|'''[[drunk]]'''}}.
        Form candidate = new Form(WikiText.toPlainText(form), List.of(tags));
        if (!candidate.form().isEmpty() && !forms.contains(candidate)) {
            forms.add(candidate);
        }
    }
}
