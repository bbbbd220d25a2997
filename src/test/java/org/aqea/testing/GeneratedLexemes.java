package org.aqea.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Made-up lexemes shaped like Wikidata's mix: about half German, a third English, the rest French and languages
 * without an AQEA domain; nouns with a gender and case and number forms (IPA on some), verbs with person and tense
 * forms, adjectives; one to three senses glossed in their language and in English, some with usage examples, an item,
 * and translations or synonyms to senses of earlier lexemes; one in a hundred a homograph of an earlier lexeme (and
 * more by chance: the made-up lemmas of a few syllables repeat).
 * Deterministic for a seed; lexeme ids from {@code L1} up.
 */
public final class GeneratedLexemes {

    private static final String[] SYLLABLES = {"ka", "ber", "lin", "ge", "sund", "haus", "mo", "ter", "wal", "do",
            "ri", "stein", "feld", "an", "ma", "ke", "lo", "tur", "bau", "ne", "zi", "pfer", "schu", "le"};
    private static final String[][] LANGUAGES = {{"de", "Q188"}, {"en", "Q1860"}, {"fr", "Q150"}, {"bn", "Q9610"}};
    private static final String[] GENDERS = {"Q499327", "Q1775415", "Q1775461"};
    private static final List<List<String>> NOUN_FORMS = List.of(List.of("Q131105", "Q110786"),
            List.of("Q146233", "Q110786"), List.of("Q145599", "Q110786"), List.of("Q146078", "Q110786"),
            List.of("Q131105", "Q146786"), List.of("Q146233", "Q146786"), List.of("Q145599", "Q146786"),
            List.of("Q146078", "Q146786"));
    private static final List<List<String>> VERB_FORMS = List.of(List.of("Q179230"),
            List.of("Q21714344", "Q110786", "Q192613", "Q682111"), List.of("Q51929049", "Q110786", "Q192613", "Q682111"),
            List.of("Q51929074", "Q110786", "Q192613", "Q682111"), List.of("Q21714344", "Q146786", "Q192613", "Q682111"),
            List.of("Q51929074", "Q110786", "Q442485", "Q682111"), List.of("Q12717679"), List.of("Q22716", "Q110786"));

    private final Random random;
    private final MadeUpWords words;

    public GeneratedLexemes(long seed) {
        this.random = new Random(seed);
        this.words = new MadeUpWords(random, SYLLABLES, 1_000_000);
    }

    /** {@code count} lexemes as the dump's lines (JSON, without separators). */
    public List<String> lexemes(int count) {
        List<String> lines = new ArrayList<>(count);
        List<String> lemmas = new ArrayList<>(count);
        List<String> languages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int pick = random.nextInt(100);
            String[] language = LANGUAGES[pick < 50 ? 0 : pick < 83 ? 1 : pick < 93 ? 2 : 3];
            int kind = random.nextInt(10);
            String category = kind < 6 ? "Q1084" : kind < 8 ? "Q24905" : "Q34698";
            boolean homograph = n > 1 && random.nextInt(100) == 0;
            String lemma = homograph ? lemmas.get(random.nextInt(n - 1)) : lemma(language[0], category);
            if (homograph) {
                language = LANGUAGES[List.of("de", "en", "fr", "bn").indexOf(languages.get(lemmas.indexOf(lemma)))];
            }
            lines.add(lexeme(n, language, category, lemma, count, n > 1 ? random.nextInt(n - 1) + 1 : 0));
            lemmas.add(lemma);
            languages.add(language[0]);
        }
        return lines;
    }

    private String lemma(String language, String category) {
        String word = words.word();
        return language.equals("de") && category.equals("Q1084") ? MadeUpWords.capitalize(word) : word;
    }

    private String lexeme(int n, String[] language, String category, String lemma, int count, int earlier) {
        Lexemes lexeme = Lexemes.lexeme("L" + n, language[0], lemma, language[1], category);
        if (category.equals("Q1084") && !language[0].equals("en")) {
            lexeme.gender(GENDERS[random.nextInt(GENDERS.length)]);
        }
        if (random.nextInt(3) == 0) {
            lexeme.hyphenation(String.join("‧", lemma.split("(?<=[aeiouäöü])(?=[^aeiouäöü])")));
        }
        List<List<String>> forms = category.equals("Q24905") ? VERB_FORMS : category.equals("Q1084") ? NOUN_FORMS
                : List.of(List.of("Q3482678"), List.of("Q14169499"), List.of("Q1817208"));
        for (int i = 0; i < forms.size(); i++) {
            String form = i == 0 ? lemma : lemma + words.word().substring(0, 2);
            lexeme.form(form, forms.get(i), random.nextInt(4) == 0 ? "ˈ" + form.toLowerCase() : null);
        }
        int senses = 1 + random.nextInt(3);
        for (int s = 1; s <= senses; s++) {
            lexeme.sense(language[0], words.sentence(4 + random.nextInt(8)), "en", words.sentence(3 + random.nextInt(6)));
            if (random.nextInt(4) == 0) {
                lexeme.senseLink("P5137", "Q" + (100 + random.nextInt(1_000_000)));
            }
            if (earlier > 0 && random.nextInt(2) == 0) {
                lexeme.senseLink(random.nextInt(3) == 0 ? "P5973" : "P5972", "L" + earlier + "-S1");
            }
            if (random.nextInt(3) == 0) {
                lexeme.example(MadeUpWords.capitalize(words.sentence(5 + random.nextInt(6))) + ".", "S" + s);
            }
        }
        return lexeme.json();
    }

    /** Writes a lexemes dump as Wikidata does ({@code .json}, or bz2 compressed for {@code .bz2}). */
    public static Path write(Path file, List<String> lines) throws IOException {
        try (OutputStream fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             OutputStream out = file.toString().endsWith(".bz2") ? new BZip2CompressorOutputStream(fileOut) : fileOut;
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write("[\n");
            for (int i = 0; i < lines.size(); i++) {
                writer.write(lines.get(i));
                writer.write(i + 1 < lines.size() ? ",\n" : "\n");
            }
            writer.write("]\n");
        }
        return file;
    }
}
