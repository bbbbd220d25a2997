package org.aqea.dewiktionary;

import java.util.List;
import java.util.Map;

/**
 * Templates that introduce another form in the hyphenation and pronunciation lines ({@code {{Pl.}} Kin·der}),
 * with the tags of that form.
 */
final class FormQualifiers {

    private static final Map<String, List<String>> TAGS = Map.ofEntries(
            Map.entry("Pl.", List.of("plural")),
            Map.entry("Pl.1", List.of("plural")),
            Map.entry("Pl.2", List.of("plural")),
            Map.entry("Pl.3", List.of("plural")),
            Map.entry("Pl.4", List.of("plural")),
            Map.entry("Sg.", List.of("singular")),
            Map.entry("Gen.", List.of("genitive")),
            Map.entry("Dat.", List.of("dative")),
            Map.entry("Akk.", List.of("accusative")),
            Map.entry("Präs.", List.of("present")),
            Map.entry("Prät.", List.of("preterite")),
            Map.entry("Part.", List.of("past", "participle")),
            Map.entry("Imp.", List.of("imperative")),
            Map.entry("Komp.", List.of("comparative")),
            Map.entry("Sup.", List.of("superlative")));

    private FormQualifiers() {
    }

    /** The tags of a qualifier template, or {@code null} when the template introduces no form. */
    static List<String> tagsOf(String templateName) {
        return TAGS.get(templateName);
    }
}
