package org.aqea.panlex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aqea.address.Domains;
import org.aqea.panlex.PanLexExpression.PanLexTranslation;
import org.aqea.testing.PanLexSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanLexJoinTest {

    @TempDir
    Path folder;

    /** The lexicon's part of speech of each generated class. */
    private static final Map<String, String> POS = Map.of("Noun", "noun", "Verb", "verb", "Adjective", "adj", "Adverb", "adv");

    /**
     * The translations and definitions of a generated snapshot, computed from the generator's own tables, not from
     * its files: by expression, then by the expression's part of speech in the meaning and the other expression, or
     * by {@code definitions} and the part of speech (the definitions' varieties and texts, sorted).
     */
    private static Map<Integer, Map<String, String>> expected(PanLexSnapshots.Snapshot snapshot, int minimumScore) {
        Map<Integer, Map<String, Set<Integer>>> sourcesOfPair = new TreeMap<>();
        Map<String, Integer> otherOf = new HashMap<>();
        Map<Integer, Map<String, List<String>>> definitions = new TreeMap<>();
        for (int meaning = 1; meaning <= snapshot.meanings().size(); meaning++) {
            int source = snapshot.meaningSource().get(meaning);
            int[] members = snapshot.meanings().get(meaning - 1);
            int[] classes = snapshot.memberClasses().get(meaning - 1);
            int classOfMeaning = snapshot.classOfMeaning().getOrDefault(meaning, -1);
            for (int i = 0; i < members.length; i++) {
                int a = members[i];
                int first = i;
                for (int j = 0; j < i; j++) {
                    if (members[j] == a) {
                        first = Math.min(first, j);
                    }
                }
                if (first != i) {
                    continue;
                }
                int wordClass = classes[i] >= 0 ? classes[i] : classOfMeaning;
                String pos = wordClass < 0 ? null : POS.get(PanLexSnapshots.CLASSES[wordClass]);
                for (String[] definition : snapshot.definitions().getOrDefault(meaning, List.of())) {
                    if (taken(snapshot, a) && Domains.of(PanLexLanguages.code(definition[0].substring(0, 3))).isPresent()) {
                        definitions.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent("definitions " + pos,
                                k -> new ArrayList<>()).add(definition[0] + " " + definition[1]);
                    }
                }
                for (int b : members) {
                    if (a != b && taken(snapshot, a) && taken(snapshot, b)) {
                        String key = pos + "/" + b;
                        otherOf.put(key, b);
                        sourcesOfPair.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(key, k -> new TreeSet<>()).add(source);
                    }
                }
            }
        }
        Map<Integer, Map<String, String>> expected = new TreeMap<>();
        sourcesOfPair.forEach((a, others) -> others.forEach((key, sources) -> {
            Map<Integer, Integer> bestOfGroup = new HashMap<>();
            for (int source : sources) {
                int[] qualityAndGroup = snapshot.sources().get(source);
                bestOfGroup.merge(qualityAndGroup[1], qualityAndGroup[0], Math::max);
            }
            int score = bestOfGroup.values().stream().mapToInt(Integer::intValue).sum();
            int b = otherOf.get(key);
            if (score >= minimumScore) {
                expected.computeIfAbsent(a, k -> new TreeMap<>()).put(key, score + " from " + sources.size() + " "
                        + snapshot.varietyOfExpression().get(b) + " " + snapshot.textOfExpression().get(b));
            }
        }));
        definitions.forEach((a, byClass) -> byClass.forEach((key, texts) ->
                expected.computeIfAbsent(a, k -> new TreeMap<>()).put(key, texts.stream().sorted().toList().toString())));
        return expected;
    }

    private static boolean taken(PanLexSnapshots.Snapshot snapshot, int expression) {
        return Domains.of(PanLexLanguages.code(snapshot.varietyOfExpression().get(expression).substring(0, 3))).isPresent();
    }

    private static Map<Integer, Map<String, String>> joined(PanLexJoin join, List<PanLexExpression> all) throws IOException {
        Map<Integer, Map<String, String>> found = new TreeMap<>();
        for (PanLexExpression expression = join.next(); expression != null; expression = join.next()) {
            all.add(expression);
            Map<String, String> translations = new TreeMap<>();
            for (PanLexTranslation translation : expression.translations()) {
                translations.put(translation.wordClass() + "/" + translation.id(), translation.score() + " from "
                        + translation.sources() + " " + translation.variety() + " " + translation.text());
            }
            Map<String, List<String>> definitions = new TreeMap<>();
            boolean ownLanguage = true;
            for (PanLexExpression.PanLexGloss definition : expression.definitions()) {
                definitions.computeIfAbsent("definitions " + definition.wordClass(), k -> new ArrayList<>())
                        .add(definition.variety() + " " + definition.text());
                boolean own = definition.language().equals(expression.language());
                assertTrue(ownLanguage || !own, "its own language's definitions first: " + expression.id());
                ownLanguage = own;
            }
            definitions.forEach((key, texts) -> translations.put(key, texts.stream().sorted().toList().toString()));
            found.put(expression.id(), translations);
        }
        return found;
    }

    @Test
    void translationsAreThoseOfSharedMeaningsScoredAsPanLexScores() throws IOException {
        PanLexSnapshots.Snapshot snapshot = new PanLexSnapshots(3000, 9000, 7, true).writeZip(folder.resolve("panlex-20240301-csv.zip"));
        List<PanLexExpression> all = new ArrayList<>();
        Map<Integer, Map<String, String>> found;
        // Runs of 1000 records: both sorts spill and merge.
        try (PanLexSnapshot zip = PanLexSnapshot.open(folder.resolve("panlex-20240301-csv.zip"));
             PanLexJoin join = PanLexJoin.of(zip, language -> Domains.of(language).isPresent(), 1, folder.resolve("work"), 1000)) {
            found = joined(join, all);
            assertEquals(List.of(), join.rejectedRows());
        }
        Map<Integer, Map<String, String>> expected = expected(snapshot, 1);
        assertTrue(expected.size() > 500, "a test worth its name: " + expected.size() + " expressions with translations");
        assertTrue(expected.values().stream().filter(e -> e.keySet().stream().anyMatch(k -> k.startsWith("definitions"))).count() > 100,
                "expressions with definitions");
        assertTrue(expected.values().stream().anyMatch(e -> e.keySet().stream().allMatch(k -> k.startsWith("definitions"))),
                "expressions with definitions and no translation");
        assertEquals(expected, found);
        assertTrue(all.stream().anyMatch(e -> e.translations().stream().map(PanLexTranslation::wordClass).distinct().count() > 2),
                "expressions with translations of several parts of speech, and of none");
        for (PanLexExpression expression : all) {
            assertEquals(snapshot.textOfExpression().get(expression.id()), expression.text());
            assertEquals(PanLexSnapshots.varietyOf(expression.id()), expression.variety());
            for (int i = 1; i < expression.translations().size(); i++) {
                PanLexTranslation before = expression.translations().get(i - 1);
                PanLexTranslation after = expression.translations().get(i);
                assertTrue(PanLexClasses.order(before.wordClass()) < PanLexClasses.order(after.wordClass())
                        || java.util.Objects.equals(before.wordClass(), after.wordClass()) && before.score() >= after.score(), expression::toString);
            }
        }
        assertEquals(List.of(), Files.list(folder.resolve("work")).toList(), "the spilled files are gone once closed");
    }

    @Test
    void theFolderReadsAsTheZipAndTheThresholdLeavesOutWeakTranslations() throws IOException {
        PanLexSnapshots generator = new PanLexSnapshots(800, 2400, 11, true);
        generator.writeZip(folder.resolve("panlex-20240301-csv.zip"));
        PanLexSnapshots.Snapshot snapshot = generator.writeFolder(folder.resolve("panlex-20240301-csv"));
        List<PanLexExpression> fromZip = new ArrayList<>();
        List<PanLexExpression> fromFolder = new ArrayList<>();
        try (PanLexSnapshot zip = PanLexSnapshot.open(folder.resolve("panlex-20240301-csv.zip"));
             PanLexJoin join = PanLexJoin.of(zip, language -> Domains.of(language).isPresent(), 9, folder.resolve("a"))) {
            joined(join, fromZip);
        }
        try (PanLexSnapshot unpacked = PanLexSnapshot.open(folder.resolve("panlex-20240301-csv"));
             PanLexJoin join = PanLexJoin.of(unpacked, language -> Domains.of(language).isPresent(), 9, folder.resolve("b"))) {
            assertEquals(expected(snapshot, 9), joined(join, fromFolder));
        }
        assertEquals(fromZip, fromFolder);
        assertTrue(fromZip.stream().allMatch(e -> e.translations().stream().allMatch(t -> t.score() >= 9)));
    }

    /** A real snapshot spills gigabytes: into the folder the run gives (its work directory), emptied at the end. */
    @Test
    void thePagesSpillIntoTheRunsScratchFolderAndLeaveItEmpty() throws IOException {
        new PanLexSnapshots(800, 2400, 11, true).writeZip(folder.resolve("panlex-20240301-csv.zip"));
        Path scratch = Files.createDirectories(folder.resolve("run-work"));
        long pages = 0;
        try (ExpressionPages reader = ExpressionPages.open(folder.resolve("panlex-20240301-csv.zip"),
                language -> Domains.of(language).isPresent(), 1, scratch)) {
            assertEquals(List.of(), Files.list(scratch).toList(), "nothing is spilled before the first page");
            assertTrue(reader.nextPage() != null);
            List<Path> spilled = Files.list(scratch).toList();
            assertEquals(1, spilled.size(), spilled::toString);
            assertTrue(Files.list(spilled.get(0)).findAny().isPresent(), "the join's files are in the run's folder");
            while (reader.nextPage() != null) {
                pages++;
            }
        }
        assertTrue(pages > 100, "pages: " + pages);
        assertEquals(List.of(), Files.list(scratch).toList(), "the join's folder is gone once the pages are closed");
    }

    @Test
    void textsComeBackAsWritten() throws IOException {
        PanLexSnapshots.Snapshot snapshot = new PanLexSnapshots(2000, 30000, 3, true).writeFolder(folder.resolve("s"));
        Set<String> texts = new TreeSet<>();
        try (PanLexSnapshot unpacked = PanLexSnapshot.open(folder.resolve("s"));
             PanLexJoin join = PanLexJoin.of(unpacked, language -> true, 0, folder.resolve("w"))) {
            for (PanLexExpression expression = join.next(); expression != null; expression = join.next()) {
                texts.add(expression.text());
                assertEquals(snapshot.textOfExpression().get(expression.id()), expression.text());
            }
        }
        for (String text : List.of("NA", "null", "a, b", "say \"hi\"", "line\nbreak", "𠁥𠁥", "\"", ",")) {
            assertTrue(texts.contains(text), text + " among " + texts.size());
        }
    }

    @Test
    void rowsWithWrongValuesAreLeftOutAndNamedByTableAndLine() throws IOException {
        Path snapshot = folder.resolve("s");
        new PanLexSnapshots(500, 1500, 5, false).writeFolder(snapshot);
        long exprLines = Files.lines(snapshot.resolve("expr.csv")).count();
        Files.writeString(snapshot.resolve("expr.csv"), "x7,157,Wort,wort\n9999,424242,Wort,wort\n", StandardOpenOption.APPEND);
        long denotationLines = Files.lines(snapshot.resolve("denotation.csv")).count();
        Files.writeString(snapshot.resolve("denotation.csv"), "99999,88888888,1\n", StandardOpenOption.APPEND);
        long definitionLines = Files.lines(snapshot.resolve("definition.csv")).count();
        Files.writeString(snapshot.resolve("definition.csv"), "99999,77777777,157,Erklärung\n99998,1,157,\n",
                StandardOpenOption.APPEND);
        try (PanLexSnapshot unpacked = PanLexSnapshot.open(snapshot);
             PanLexJoin join = PanLexJoin.of(unpacked, language -> true, 0, folder.resolve("w"))) {
            List<String> rejected = join.rejectedRows().stream().map(Throwable::getMessage).toList();
            assertEquals(List.of(
                    "expr.csv, line " + (exprLines + 1) + ": the row its id is 'x7', not an id",
                    "expr.csv, line " + (exprLines + 2) + ": the row names the language variety 424242, which langvar.csv lacks",
                    "definition.csv, line " + (definitionLines + 1) + ": the row names the meaning 77777777, which meaning.csv lacks",
                    "definition.csv, line " + (definitionLines + 2) + ": the row has no text",
                    "denotation.csv, line " + (denotationLines + 1) + ": the row names the meaning 88888888, which meaning.csv lacks"),
                    rejected);
            assertEquals(5, join.rejectedCount());
            assertTrue(join.next() != null);
        }
    }

    @Test
    void aTableThatIsNoCsvFailsWithItsLine() throws IOException {
        Path snapshot = folder.resolve("s");
        new PanLexSnapshots(300, 900, 5, false).writeFolder(snapshot);
        long lines = Files.lines(snapshot.resolve("meaning.csv")).count();
        Files.writeString(snapshot.resolve("meaning.csv"), "77777,1\n\"7777,\"1\n", StandardOpenOption.APPEND);
        PanLexFormatException failure = assertThrows(PanLexFormatException.class, () -> {
            try (PanLexSnapshot unpacked = PanLexSnapshot.open(snapshot)) {
                PanLexJoin.of(unpacked, language -> true, 0, folder.resolve("w")).close();
            }
        });
        assertEquals("meaning.csv", failure.file());
        assertEquals(lines + 2, failure.line(), failure.getMessage());
        Files.writeString(snapshot.resolve("langvar.csv"), "id,lang,var_code\n1,aar,0\n", StandardCharsets.UTF_8);
        PanLexFormatException header = assertThrows(PanLexFormatException.class, () -> {
            try (PanLexSnapshot unpacked = PanLexSnapshot.open(snapshot)) {
                PanLexJoin.of(unpacked, language -> true, 0, folder.resolve("w")).close();
            }
        });
        assertEquals("langvar.csv, line 1: the header [id, lang, var_code] has no column 'lang_code' (needed: [id,"
                + " lang_code, var_code])", header.getMessage());
    }

    @Test
    void theSnapshotsDayIsInItsName() {
        assertEquals("2024-03-01", PanLexSnapshot.dateOf("panlex-20240301-csv.zip").orElseThrow().toString());
        assertEquals("2019-10-01", PanLexSnapshot.dateOf("panlex-20191001-csv").orElseThrow().toString());
        assertTrue(PanLexSnapshot.dateOf("panlex-20241301-csv.zip").isEmpty());
        assertTrue(PanLexSnapshot.dateOf("panlex-20240301-json.zip").isEmpty());
    }
}
