package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * {@code {{Aussprache}}}: IPA ({@code {{Lautschrift|...}}}) of the lemma and, after a qualifier such as
 * {@code {{Pl.}}}, of other forms; audio files ({@code {{Audio|...}}}); rhymes ({@code {{Reim|...}}}).
 * Regional labels ({@code {{österr.}}}) do not switch to another form.
 */
final class PronunciationExtractor {

    record Result(List<String> ipa, List<FormSpelling> formIpa, List<String> audio, List<String> rhymes) {
    }

    private PronunciationExtractor() {
    }

    static Result extract(List<String> lines) {
        List<String> ipa = new ArrayList<>();
        List<FormSpelling> formIpa = new ArrayList<>();
        List<String> audio = new ArrayList<>();
        List<String> rhymes = new ArrayList<>();
        for (String line : lines) {
            List<String> formTags = null;
            for (Template template : Templates.find(line)) {
                String name = template.name();
                List<String> qualifier = FormQualifiers.tagsOf(name);
                if (qualifier != null) {
                    formTags = qualifier;
                } else if (name.equals("Lautschrift")) {
                    String value = template.arg(1);
                    if (value.isEmpty() || value.equals("…") || value.equals("...")) {
                        continue;
                    }
                    if (formTags == null) {
                        addOnce(ipa, value);
                    } else {
                        formIpa.add(new FormSpelling(formTags, value));
                    }
                } else if (name.equals("Audio") || name.equals("audio")) {
                    if (formTags == null && !template.arg(1).isEmpty()) {
                        addOnce(audio, template.arg(1));
                    }
                } else if (name.equals("Reim")) {
                    if (!template.arg(1).isEmpty()) {
                        addOnce(rhymes, template.arg(1));
                    }
                }
            }
        }
        return new Result(ipa, formIpa, audio, rhymes);
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
