package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aqea.lexicon.Form;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * The lines of a part-of-speech section before its first definition: the inflection box ({@code {{fr-rég|ʃa}}},
 * {@code {{fr-accord-rég|pəti}}}, {@code {{fr-inv|…}}}) and the head line ({@code '''chat''' {{pron|ʃa|fr}} {{m}}}).
 * Gives the genders, the IPA the head line writes and the forms the box spells out. A box whose forms need the wiki's
 * Lua modules (the irregular {@code fr-accord-*} boxes without {@code ms=}, {@code fp=} ...) gives its named forms
 * only.
 */
final class HeadExtractor {

    /** What a head line says; {@code inflectionClass} a verb's group ({@code {{conj|grp=1|fr}}}), or {@code null}. */
    record Head(List<String> genders, List<String> ipa, List<Form> forms, String inflectionClass) {
    }

    /** {@code {{conj|grp=1|fr}}}, {@code {{conjugaison|fr|groupe=3}}}: a French verb's group. */
    private static final Map<String, String> GROUPS = Map.of("1", "first group", "2", "second group", "3", "third group");

    private HeadExtractor() {
    }

    static Head extract(List<String> lines, String title, FrenchText text) {
        List<String> genders = new ArrayList<>();
        List<String> ipa = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        String group = null;
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                String name = template.name();
                switch (name) {
                    case "pron", "phon", "phono" -> {
                        // A transcription may hold a superscript: {{pron|spɑ{{e|ɔ}}ʁ|fr}}.
                        String transcription = text.plain(template.arg(1));
                        if (!transcription.isEmpty() && !ipa.contains(transcription)) {
                            ipa.add(transcription);
                        }
                    }
                    case "m", "f", "n", "c" -> addGender(genders, name.equals("c") ? "u" : name);
                    case "mf", "mf ?", "m et f", "épicène" -> {
                        addGender(genders, "m");
                        addGender(genders, "f");
                    }
                    case "conj", "conjugaison" -> {
                        String number = template.arg("grp").isEmpty() ? template.arg("groupe") : template.arg("grp");
                        group = group == null ? GROUPS.get(number.strip()) : group;
                    }
                    case "fr-rég" -> regular(template, title, forms, "s");
                    case "fr-accord-rég" -> agreeing(template, title, forms);
                    default -> {
                        if (name.startsWith("fr-accord-") || name.startsWith("fr-rég-") || name.startsWith("fr-inv")) {
                            named(template, forms);
                        }
                    }
                }
            }
        }
        return new Head(List.copyOf(genders), List.copyOf(ipa), List.copyOf(forms), group);
    }

    private static void addGender(List<String> genders, String gender) {
        if (!genders.contains(gender)) {
            genders.add(gender);
        }
    }

    /** {@code {{fr-rég|ʃa}}}: the singular is the title (or {@code s=}), the plural adds an s (or is {@code p=}). */
    private static void regular(Template template, String title, List<Form> forms, String ending) {
        String singular = template.arg("s").isEmpty() ? title : template.arg("s");
        String plural = template.arg("p").isEmpty() ? singular + ending : template.arg("p");
        add(forms, singular, "singular");
        add(forms, plural, "plural");
    }

    /** {@code {{fr-accord-rég|pəti}}}: masculine as the title, feminine with an e, each plural with an s. */
    private static void agreeing(Template template, String title, List<Form> forms) {
        String masculine = template.arg("ms").isEmpty() ? title : template.arg("ms");
        String feminine = template.arg("fs").isEmpty() ? (masculine.endsWith("e") ? masculine : masculine + "e") : template.arg("fs");
        add(forms, masculine, "masculine", "singular");
        add(forms, template.arg("mp").isEmpty() ? masculine + "s" : template.arg("mp"), "masculine", "plural");
        add(forms, feminine, "feminine", "singular");
        add(forms, template.arg("fp").isEmpty() ? feminine + "s" : template.arg("fp"), "feminine", "plural");
    }

    /** The forms a box names: {@code ms=}, {@code mp=}, {@code fs=}, {@code fp=}, {@code s=}, {@code p=}. */
    private static void named(Template template, List<Form> forms) {
        addIfGiven(forms, template.arg("ms"), "masculine", "singular");
        addIfGiven(forms, template.arg("mp"), "masculine", "plural");
        addIfGiven(forms, template.arg("fs"), "feminine", "singular");
        addIfGiven(forms, template.arg("fp"), "feminine", "plural");
        addIfGiven(forms, template.arg("s"), "singular");
        addIfGiven(forms, template.arg("p"), "plural");
    }

    private static void addIfGiven(List<Form> forms, String form, String... tags) {
        if (!form.isBlank()) {
            add(forms, form, tags);
        }
    }

    private static void add(List<Form> forms, String form, String... tags) {
        Form made = new Form(form.strip(), List.of(tags));
        if (!form.isBlank() && !forms.contains(made)) {
            forms.add(made);
        }
    }
}
