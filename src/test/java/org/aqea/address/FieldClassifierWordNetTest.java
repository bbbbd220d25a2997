package org.aqea.address;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.lexicon.LexicalEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier on English nouns it was not written for: every common noun of WordNet 3.1 (one word, with a sense in
 * WordNet's tagged texts; 9,242), each as an English-edition entry of its most frequent sense (WordNet's definition as
 * the gloss, a leading "(botany)" as its label), labelled by the hierarchy lexicographers built: a noun may take the
 * field of every anchor among its hypernyms and topics ({@code aqea/wordnet-field-anchors.txt}). Precision and recall
 * per field are printed, with the confusions and every wrong field. The gate is 90%, under the 95% that #16 asks of
 * hand-labelled Wiktionary pages: measured here 91.8% on glosses alone and 93.0% with a hypernym (before the ambiguous
 * heads were left out: 87.3% and 82.2%), and part of what counts as wrong is a gap of the anchors (a farmer is no
 * profession under them).
 */
class FieldClassifierWordNetTest {

    private static final Pattern LEADING_LABEL = Pattern.compile("^\\(([a-z ]+)\\)\\s*");

    private static WordNet wordNet;
    private static Map<Long, SemanticField> anchors;

    private final FieldClassifier classifier = new FieldClassifier();

    record Labelled(LexicalEntry entry, Set<SemanticField> right) {
    }

    @BeforeAll
    static void readWordNet() throws IOException {
        wordNet = new WordNet();
        anchors = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(FieldClassifierWordNetTest.class
                .getResourceAsStream("/aqea/wordnet-field-anchors.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                SemanticField field = SemanticField.ofId(line.substring(0, line.indexOf(':')).strip());
                for (String anchor : line.substring(line.indexOf(':') + 1).strip().split("\\s+")) {
                    String[] wordAndSense = anchor.split("#");
                    anchors.put(wordNet.sense(wordAndSense[0], Integer.parseInt(wordAndSense[1])).offset(), field);
                }
            }
        }
    }

    /** The fields of the anchors among a synset's hypernyms and topics, and theirs, itself included. */
    private static Set<SemanticField> fieldsOf(WordNet.Synset synset) {
        Set<SemanticField> fields = EnumSet.noneOf(SemanticField.class);
        Set<Long> seen = new HashSet<>();
        Deque<Long> next = new ArrayDeque<>(List.of(synset.offset()));
        while (!next.isEmpty()) {
            long offset = next.poll();
            if (seen.add(offset)) {
                SemanticField field = anchors.get(offset);
                if (field != null) {
                    fields.add(field);
                }
                next.addAll(wordNet.synsets.get(offset).hypernyms());
                next.addAll(wordNet.synsets.get(offset).topics());
            }
        }
        return fields;
    }

    /** Every common one-word noun: no sample to choose, so no lucky one. */
    private static List<WordNet.Lemma> commonNouns() {
        return wordNet.lemmas.values().stream()
                .filter(lemma -> lemma.taggedSenses() > 0 && lemma.word().matches("[a-z]+"))
                .sorted((a, b) -> a.word().compareTo(b.word())).toList();
    }

    private static List<Labelled> labelled(boolean withHypernym) {
        List<Labelled> set = new ArrayList<>();
        for (WordNet.Lemma lemma : commonNouns()) {
            WordNet.Synset first = wordNet.synsets.get(lemma.synsets().get(0));
            String gloss = first.definition();
            List<String> labels = new ArrayList<>();
            Matcher label = LEADING_LABEL.matcher(gloss);
            if (label.find()) {
                labels.add(label.group(1));
                gloss = gloss.substring(label.end());
            }
            List<String> hypernyms = withHypernym && !first.hypernyms().isEmpty()
                    ? List.of(wordNet.synsets.get(first.hypernyms().get(0)).words().get(0)) : List.of();
            // WordNet's index writes every lemma in lower case; its synset keeps a name's capital (Egypt).
            String word = first.words().stream().filter(lemma.word()::equalsIgnoreCase).findFirst().orElse(lemma.word());
            String pos = Character.isUpperCase(word.charAt(0)) ? "name" : "noun";
            set.add(new Labelled(Entries.english("en", word, pos, labels, hypernyms, gloss), fieldsOf(first)));
        }
        return set;
    }

    /**
     * @param minRecall the share of the nouns with a field that must get theirs: a classifier that names nothing is
     *                  always right and must still fail
     */
    private void evaluate(String name, List<Labelled> set, double minRecall) {
        FieldCounts counts = new FieldCounts();
        Map<String, Integer> confusion = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int named = 0;
        int namedRight = 0;
        int withField = 0;
        for (Labelled labelled : set) {
            FieldClassifier.Decision decision = classifier.classify(labelled.entry());
            SemanticField chosen = decision.field();
            labelled.right().forEach(counts::labelled);
            withField += labelled.right().isEmpty() ? 0 : 1;
            if (chosen == SemanticField.GENERAL) {
                continue;
            }
            named++;
            boolean isRight = labelled.right().contains(chosen);
            counts.chosen(chosen, isRight);
            if (isRight) {
                namedRight++;
            } else {
                String right = labelled.right().isEmpty() ? "none" : labelled.right().iterator().next().id();
                confusion.merge(chosen.id() + " for " + right, 1, Integer::sum);
                wrong.add(labelled.entry().word() + " → " + chosen.id() + " by " + decision.rule() + ", WordNet "
                        + labelled.right() + ": " + labelled.entry().senses().get(0).gloss());
            }
        }
        double precision = named == 0 ? 1 : (double) namedRight / named;
        System.out.printf("field classifier on %d WordNet nouns (%s): %d named, %.1f%% of them right; recall %.1f%% of"
                + " the %d with a field%n", set.size(), name, named, 100 * precision, 100.0 * namedRight / withField, withField);
        counts.print("has it");
        confusion.forEach((pair, n) -> System.out.println("  confused: " + pair + " ×" + n));
        wrong.forEach(miss -> System.out.println("  wrong: " + miss));
        assertTrue(precision >= 0.90, name + ": named fields right " + 100 * precision + "% of the time, below 90%");
        double recall = (double) namedRight / withField;
        assertTrue(recall >= minRecall, name + ": recall " + 100 * recall + "%, below " + 100 * minRecall + "%");
    }

    @Test
    void namedFieldsAreRightAtLeast90PercentOfTheTimeOnGlossesAlone() {
        evaluate("gloss and label", labelled(false), 0.07);
    }

    @Test
    void namedFieldsAreRightAtLeast90PercentOfTheTimeWithAHypernym() {
        evaluate("gloss, label and first hypernym", labelled(true), 0.25);
    }
}
