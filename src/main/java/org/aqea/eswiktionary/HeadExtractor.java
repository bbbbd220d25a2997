package org.aqea.eswiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aqea.lexicon.Form;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * What a language section and a part of speech say of the word's sound and forms: the language's
 * {@code {{pron-graf|fone=bi.θiˈkle.ta|fone2=...|1audio1=file.wav}}} (IPA and recordings), and the part of speech's
 * inflection box: {@code {{inflect.es.sust.reg}}} (singular and plural in -s), {@code {{inflect.es.adj.reg|futur}}}
 * (four forms on a stem), {@code {{inflect.es.sust.ad-lib|buque mercante|buques mercantes}}}. Boxes that need the
 * wiki's modules give no forms.
 */
final class HeadExtractor {

    record Sound(List<String> ipa, List<String> audio) {
    }

    /** {@code pron-graf}'s arguments of a transcription ({@code fone}, {@code fone2}) and of a recording ({@code 1audio1}). */
    private static final Pattern FONE = Pattern.compile("fone\\d*");
    private static final Pattern AUDIO = Pattern.compile("\\d*audio\\d*");

    private HeadExtractor() {
    }

    static Sound sound(List<String> lines) {
        List<String> ipa = new ArrayList<>();
        List<String> audio = new ArrayList<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                if (!template.name().equals("pron-graf")) {
                    continue;
                }
                template.named().forEach((name, value) -> {
                    String text = value.strip();
                    if (text.isEmpty()) {
                        return;
                    }
                    if (FONE.matcher(name).matches() && !ipa.contains(text)) {
                        ipa.add(text);
                    } else if (AUDIO.matcher(name).matches() && !audio.contains(text)) {
                        audio.add(text);
                    }
                });
            }
        }
        return new Sound(List.copyOf(ipa), List.copyOf(audio));
    }

    static List<Form> forms(List<String> lines, String title) {
        List<Form> forms = new ArrayList<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                switch (template.name()) {
                    case "inflect.es.sust.reg" -> {
                        add(forms, title, "singular");
                        add(forms, title + "s", "plural");
                    }
                    case "inflect.es.sust.ad-lib" -> {
                        add(forms, template.arg(1), "singular");
                        add(forms, template.arg(2), "plural");
                    }
                    case "inflect.es.adj.reg" -> {
                        String stem = template.arg(1).strip();
                        if (!stem.isEmpty()) {
                            add(forms, stem + "o", "masculine", "singular");
                            add(forms, stem + "os", "masculine", "plural");
                            add(forms, stem + "a", "feminine", "singular");
                            add(forms, stem + "as", "feminine", "plural");
                        }
                    }
                    default -> { }
                }
            }
        }
        return List.copyOf(forms);
    }

    private static void add(List<Form> forms, String form, String... tags) {
        Form made = new Form(form.strip(), List.of(tags));
        if (!form.isBlank() && !forms.contains(made)) {
            forms.add(made);
        }
    }
}
