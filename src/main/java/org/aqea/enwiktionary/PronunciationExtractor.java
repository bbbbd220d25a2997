package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aqea.lexicon.Pronunciation;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;

/**
 * A Pronunciation section: {@code {{IPA|en|/dɒɡ/|/dɔɡ/}}} with the accents of the line ({@code {{a|en|UK}}} before
 * it, or {@code a=}), {@code {{audio|en|file.ogg}}}, {@code {{rhymes|en|ɒɡ}}}, {@code {{hyphenation|en|dic|tion|a|ry}}}
 * (the first of several hyphenations); the older forms without the language first ({@code {{IPA|/dɒɡ/|lang=en}}}) too.
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
                        for (String transcription : nonEmpty(template, firstValue(template))) {
                            if (!ipa.contains(transcription)) {
                                ipa.add(transcription);
                            }
                            pronunciations.add(new Pronunciation(transcription, List.copyOf(lineAccents)));
                        }
                    }
                    case "audio" -> {
                        String file = template.arg(firstValue(template));
                        if (!file.isEmpty()) {
                            audio.add(file);
                        }
                    }
                    case "rhymes", "rhyme" -> rhymes.addAll(nonEmpty(template, firstValue(template)));
                    case "hyphenation", "hyph" -> {
                        if (hyphenation.isEmpty()) {
                            for (int i = firstValue(template); i <= template.positional().size() && !template.arg(i).isEmpty(); i++) {
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

    /**
     * The first argument after the language: 2 as the wiki writes these templates since 2018, 1 in the older forms
     * that name the language as {@code lang=} ({@code {{IPA|/fɹiː/|lang=en}}}) or not at all (English then:
     * {@code {{IPA|/dɒɡ/}}}, {@code {{audio|en-us-dog.ogg|Audio (US)}}}).
     */
    private static int firstValue(Template template) {
        return !template.arg("lang").isEmpty() || !LANGUAGE_CODE.matcher(template.arg(1)).matches() ? 1 : 2;
    }

    /** A Wiktionary language code: {@code en}, {@code grc}, {@code roa-jer}, {@code gmq-bot}. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z]{2,3})*");

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
