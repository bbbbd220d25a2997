package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/** A part-of-speech heading: {@code === {{Wortart|Substantiv|Deutsch}}, {{Wortart|Nachname|Deutsch}}, {{m}} ===}. */
record PosHeading(List<String> wortarten, List<String> genders) {

    private static final List<String> GENDER_TEMPLATES = List.of("m", "f", "n", "u", "mf", "fm", "nm", "mn", "fn", "nf",
            "mfn", "c");

    static PosHeading parse(String headingText) {
        List<String> wortarten = new ArrayList<>();
        List<String> genders = new ArrayList<>();
        for (Template template : Templates.find(headingText)) {
            String name = template.name();
            if (name.equals("Wortart") && !template.arg(1).isEmpty()) {
                wortarten.add(template.arg(1));
            } else if (GENDER_TEMPLATES.contains(name)) {
                for (char letter : name.toCharArray()) {
                    String gender = letter == 'c' ? "u" : String.valueOf(letter);
                    if (!genders.contains(gender)) {
                        genders.add(gender);
                    }
                }
            }
        }
        return new PosHeading(wortarten, genders);
    }
}
