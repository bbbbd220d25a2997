package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Pronunciation;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * A Prononciation section: {@code {{pron|ʒə.le|fr}}} and {@code {{phon|…}}} give IPA;
 * {@code {{écouter|lang=fr|France (Toulouse)|ʒə.le|audio=Fr-geler.ogg}}} gives a recording, the place it was made
 * (as the accent of its transcription) and the transcription if any.
 */
final class PronunciationExtractor {

    record Result(List<String> ipa, List<Pronunciation> pronunciations, List<String> audio) {
    }

    private PronunciationExtractor() {
    }

    static Result extract(List<String> lines, FrenchText text) {
        List<String> ipa = new ArrayList<>();
        List<Pronunciation> pronunciations = new ArrayList<>();
        List<String> audio = new ArrayList<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                switch (template.name()) {
                    case "pron", "phon", "phono" -> add(text.plain(template.arg(1)), List.of(), ipa, pronunciations);
                    case "écouter" -> {
                        String place = text.plain(template.arg(1));
                        add(text.plain(template.arg(2)), place.isEmpty() ? List.of() : List.of(place), ipa, pronunciations);
                        String file = template.arg("audio").strip();
                        if (!file.isEmpty() && !audio.contains(file)) {
                            audio.add(file);
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Result(List.copyOf(ipa), List.copyOf(pronunciations), List.copyOf(audio));
    }

    private static void add(String transcription, List<String> accents, List<String> ipa, List<Pronunciation> pronunciations) {
        String value = transcription.strip();
        if (value.isEmpty()) {
            return;
        }
        if (!ipa.contains(value)) {
            ipa.add(value);
        }
        Pronunciation pronunciation = new Pronunciation(value, accents);
        if (!pronunciations.contains(pronunciation)) {
            pronunciations.add(pronunciation);
        }
    }
}
