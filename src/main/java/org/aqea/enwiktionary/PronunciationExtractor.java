package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Pronunciation;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * A Pronunciation section: {@code {{IPA|en|/dɒɡ/|/dɔɡ/}}} with the accents of the line ({@code {{a|en|UK}}} before
 * it, or {@code a=}), {@code {{audio|en|file.ogg}}}, {@code {{rhymes|en|ɒɡ}}}, {@code {{hyphenation|en|dic|tion|a|ry}}}
 * (the first of several hyphenations).
 */
final class PronunciationExtractor {

    record Result(List<String> ipa, List<Pronunciation> pronunciations, List<String> audio, List<String> rhymes,
                  List<String> hyphenation) {
    }

    private PronunciationExtractor() {
    }

    static Result extract(List<String> lines) {
        List<String> ipa = new ArrayList<>();
        List<Pronunciation> pronunciations = new ArrayList<>();
        List<String> audio = new ArrayList<>();
        List<String> rhymes = new ArrayList<>();
        List<String> hyphenation = new ArrayList<>();
        for (String line : lines) {
            List<String> accents = new ArrayList<>();
            for (Template template : Templates.find(line)) {
                switch (template.name()) {
                    // {{a|en|UK}} names its language first; the older {{a|UK}} and the qualifiers do not.
                    case "a", "accent" -> accents.addAll(nonEmpty(template, template.positional().size() > 1 ? 2 : 1));
                    case "q", "qualifier", "i" -> accents.addAll(nonEmpty(template, 1));
                    case "IPA" -> {
                        List<String> lineAccents = new ArrayList<>(accents);
                        lineAccents.addAll(split(template.arg("a")));
                        for (String transcription : nonEmpty(template, 2)) {
                            if (!ipa.contains(transcription)) {
                                ipa.add(transcription);
                            }
                            pronunciations.add(new Pronunciation(transcription, List.copyOf(lineAccents)));
                        }
                    }
                    case "audio" -> {
                        if (!template.arg(2).isEmpty()) {
                            audio.add(template.arg(2));
                        }
                    }
                    case "rhymes", "rhyme" -> {
                        for (String rhyme : nonEmpty(template, 2)) {
                            rhymes.add(rhyme);
                        }
                    }
                    case "hyphenation", "hyph" -> {
                        if (hyphenation.isEmpty()) {
                            for (int i = 2; i <= template.positional().size() && !template.arg(i).isEmpty(); i++) {
                                hyphenation.add(template.arg(i));
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Result(ipa, pronunciations, audio, rhymes, hyphenation);
    }

    private static List<String> nonEmpty(Template template, int from) {
        List<String> values = new ArrayList<>();
        for (int i = from; i <= template.positional().size(); i++) {
            if (!template.arg(i).isEmpty()) {
                values.add(template.arg(i));
            }
        }
        return values;
    }

    private static List<String> split(String commaSeparated) {
        List<String> values = new ArrayList<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
