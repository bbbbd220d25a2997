package org.aqea.panlex;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.aqea.panlex.PanLexExpression.PanLexTranslation;

/**
 * A snapshot's translations between the languages a run takes, computed streaming: the small tables (language
 * varieties, sources) and one int per meaning are held in memory; the taken expressions' texts go to a file read
 * through the operating system's page cache, the denotations and the pairs of expressions sharing a meaning through
 * external sorts ({@link PairSort}). Then {@link #next} hands out one expression after another, in id order, with
 * its translations scored as PanLex scores them. A row whose values are wrong is left out and kept in
 * {@link #rejectedRows}; a table that is no CSV fails the join.
 */
public final class PanLexJoin implements Closeable {

    /** The tables a join reads. */
    static final List<String> TABLES = List.of("langvar", "source", "meaning", "expr", "denotation");
    /** Source labels kept per translation; the count of all is kept beside. */
    static final int LABELS = 5;
    /** Rejected rows kept for the record; beyond them only counted. */
    static final int KEPT_REJECTS = 1000;
    private static final int RUN_SIZE = 1 << 22;

    private final Path workDirectory;
    private final int minimumScore;
    private final int runSize;
    private final Map<Integer, Variety> varieties = new HashMap<>();
    private final Map<Integer, Source> sources = new HashMap<>();
    private final IntColumn meaningSource = new IntColumn();
    private final IntColumn exprOffset = new IntColumn();
    /** PanLex's class expressions (art-303) that name a part of speech, by id: their index in {@link PanLexClasses}. */
    private final Map<Integer, Integer> classExpressions = new HashMap<>();
    private int partOfSpeechProperty;
    private int classVariety;
    private final BitSet takenDenotations = new BitSet();
    /** Denotations of taken expressions with a part of speech: denotation << 8 | class, sorted. */
    private long[] denotationClasses = new long[0];
    private final List<PanLexFormatException> rejected = new ArrayList<>();
    private long rejectedCount;
    private final Path texts;
    private MappedByteBuffer textBuffer;
    private PairSort pairs;
    private PairSort.Cursor cursor;
    private boolean hasPair;

    private PanLexJoin(Path workDirectory, int minimumScore, int runSize) {
        this.workDirectory = workDirectory;
        this.minimumScore = minimumScore;
        this.runSize = runSize;
        this.texts = workDirectory.resolve("expr-texts.bin");
    }

    /**
     * Joins the snapshot's tables.
     *
     * @param takesLanguage whether the run takes a language (by the lexicon's code, {@link PanLexLanguages})
     * @param minimumScore  translations scored lower are left out
     * @param workDirectory where the sorts and texts are spilled; left empty when closed
     */
    public static PanLexJoin of(PanLexSnapshot snapshot, Predicate<String> takesLanguage, int minimumScore,
                                Path workDirectory) throws IOException {
        return of(snapshot, takesLanguage, minimumScore, workDirectory, RUN_SIZE);
    }

    /** With sorted runs of {@code runSize} records (tests spill with small ones). */
    static PanLexJoin of(PanLexSnapshot snapshot, Predicate<String> takesLanguage, int minimumScore,
                         Path workDirectory, int runSize) throws IOException {
        Files.createDirectories(workDirectory);
        PanLexJoin join = new PanLexJoin(workDirectory, minimumScore, runSize);
        try {
            join.readVarieties(snapshot, takesLanguage);
            join.readSources(snapshot);
            join.readMeanings(snapshot);
            join.readExpressions(snapshot);
            PairSort denotations = join.readDenotations(snapshot);
            join.readDenotationClasses(snapshot);
            join.pairs = join.pairMeanings(denotations);
            join.cursor = join.pairs.sorted();
            join.hasPair = join.cursor.next();
            return join;
        } catch (IOException | RuntimeException e) {
            join.close();
            throw e;
        }
    }

    /** The next expression with at least one translation kept, or {@code null} after the last. */
    public PanLexExpression next() throws IOException {
        while (hasPair) {
            int expression = (int) (cursor.key() >>> 32);
            List<PanLexTranslation> translations = new ArrayList<>();
            while (hasPair && (int) (cursor.key() >>> 32) == expression) {
                int other = (int) cursor.key();
                long pairKey = cursor.key();
                // The pair's records come by the expression's word class in the meaning, then by source.
                while (hasPair && cursor.key() == pairKey) {
                    int wordClass = (int) (cursor.value() >>> 32);
                    List<Source> shared = new ArrayList<>();
                    while (hasPair && cursor.key() == pairKey && (int) (cursor.value() >>> 32) == wordClass) {
                        Source source = sources.get((int) cursor.value());
                        if (shared.isEmpty() || shared.get(shared.size() - 1) != source) {
                            shared.add(source);
                        }
                        hasPair = cursor.next();
                    }
                    int score = score(shared);
                    if (score >= minimumScore) {
                        Text text = text(other);
                        shared.sort(Comparator.comparingInt(Source::quality).reversed().thenComparing(Source::label));
                        translations.add(new PanLexTranslation(other, text.variety.uid, text.variety.language, text.text,
                                PanLexClasses.pos(wordClass), score, shared.size(),
                                shared.stream().limit(LABELS).map(Source::label).toList()));
                    }
                }
            }
            if (!translations.isEmpty()) {
                translations.sort(Comparator.comparingInt((PanLexTranslation t) -> PanLexClasses.order(t.wordClass()))
                        .thenComparing(Comparator.comparingInt(PanLexTranslation::score).reversed())
                        .thenComparing(PanLexTranslation::language).thenComparing(PanLexTranslation::text)
                        .thenComparingInt(PanLexTranslation::id));
                Text text = text(expression);
                return new PanLexExpression(expression, text.variety.uid, text.variety.language, text.text,
                        List.copyOf(translations));
            }
        }
        return null;
    }

    /** Rows left out because their values are wrong: the first {@value #KEPT_REJECTS}. */
    public List<PanLexFormatException> rejectedRows() {
        return List.copyOf(rejected);
    }

    /** All rows left out, beyond those kept too. */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** PanLex's score: for each source group, the best quality of its sources that give the pair; summed. */
    private static int score(List<Source> shared) {
        Map<Integer, Integer> bestOfGroup = new HashMap<>();
        for (Source source : shared) {
            bestOfGroup.merge(source.group, source.quality, Math::max);
        }
        int score = 0;
        for (int best : bestOfGroup.values()) {
            score += best;
        }
        return score;
    }

    private void readVarieties(PanLexSnapshot snapshot, Predicate<String> takesLanguage) throws IOException {
        try (PanLexTable table = snapshot.table("langvar", List.of("id", "lang_code", "var_code"))) {
            while (table.next()) {
                try {
                    int id = table.id(0);
                    String langCode = table.text(1);
                    int varCode = table.number(2, -1);
                    if (langCode.isEmpty() || varCode < 0 || varCode > 999) {
                        throw table.problem("names no language code and variety (" + langCode + ", " + table.text(2) + ")");
                    }
                    if (langCode.equals(PanLexClasses.VARIETY_LANGUAGE) && varCode == PanLexClasses.VARIETY_CODE) {
                        classVariety = id;
                    }
                    String language = PanLexLanguages.code(langCode);
                    varieties.put(id, new Variety(String.format("%s-%03d", langCode, varCode), language,
                            takesLanguage.test(language)));
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        }
    }

    private void readSources(PanLexSnapshot snapshot) throws IOException {
        try (PanLexTable table = snapshot.table("source", List.of("id", "label", "quality", "grp"))) {
            while (table.next()) {
                try {
                    int id = table.id(0);
                    int quality = table.number(2, 0);
                    if (quality < 0 || quality > 9) {
                        throw table.problem("has the quality " + quality + ", not 0 to 9");
                    }
                    sources.put(id, new Source(table.text(1), quality, table.number(3, id)));
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        }
    }

    private void readMeanings(PanLexSnapshot snapshot) throws IOException {
        try (PanLexTable table = snapshot.table("meaning", List.of("id", "source"))) {
            while (table.next()) {
                try {
                    int id = table.id(0);
                    int source = table.id(1);
                    if (!sources.containsKey(source)) {
                        throw table.problem("names the source " + source + ", which source.csv lacks");
                    }
                    meaningSource.set(id, source);
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        }
    }

    private void readExpressions(PanLexSnapshot snapshot) throws IOException {
        long offset = 0;
        try (PanLexTable table = snapshot.table("expr", List.of("id", "langvar", "txt"));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(texts), 1 << 16))) {
            while (table.next()) {
                if (offset + 1 > Integer.MAX_VALUE) {
                    throw new PanLexFormatException(table.file(), table.line(), "the taken expressions' texts pass"
                            + " 2 GiB; take fewer languages");
                }
                try {
                    int id = table.id(0);
                    int langvar = table.id(1);
                    Variety variety = varieties.get(langvar);
                    if (variety == null) {
                        throw table.problem("names the language variety " + langvar + ", which langvar.csv lacks");
                    }
                    if (langvar == classVariety && classVariety != 0) {
                        String name = table.text(2);
                        if (name.equals(PanLexClasses.PART_OF_SPEECH)) {
                            partOfSpeechProperty = id;
                        } else {
                            PanLexClasses.index(name).ifPresent(index -> classExpressions.put(id, index));
                        }
                    }
                    if (!variety.taken) {
                        continue;
                    }
                    String text = table.text(2);
                    if (text.isBlank()) {
                        throw table.problem("has no text");
                    }
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    exprOffset.set(id, (int) offset + 1);
                    out.writeInt(langvar);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                    offset += 8 + bytes.length;
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        }
        try (FileChannel channel = FileChannel.open(texts, StandardOpenOption.READ)) {
            textBuffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    /** Denotations of taken expressions as (meaning, expression; denotation), sorted. */
    private PairSort readDenotations(PanLexSnapshot snapshot) throws IOException {
        PairSort denotations = new PairSort(workDirectory, "denotation", runSize);
        try (PanLexTable table = snapshot.table("denotation", List.of("id", "meaning", "expr"))) {
            while (table.next()) {
                try {
                    int id = table.id(0);
                    int meaning = table.id(1);
                    int expression = table.id(2);
                    if (meaningSource.get(meaning) == 0) {
                        throw table.problem("names the meaning " + meaning + ", which meaning.csv lacks");
                    }
                    if (exprOffset.get(expression) != 0) {
                        denotations.add((long) meaning << 32 | expression, id);
                        takenDenotations.set(id);
                    }
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        } catch (IOException | RuntimeException e) {
            denotations.close();
            throw e;
        }
        return denotations;
    }

    /**
     * The parts of speech PanLex gives taken denotations ({@code denotation_class}: the superclass
     * {@code art-303 PartOfSpeechProperty}, or none, and a class such as {@code art-303 Noun}); a snapshot without
     * the table gives none.
     */
    private void readDenotationClasses(PanLexSnapshot snapshot) throws IOException {
        if (!snapshot.has("denotation_class") || classExpressions.isEmpty()) {
            return;
        }
        long[] found = new long[1024];
        int size = 0;
        try (PanLexTable table = snapshot.table("denotation_class", List.of("id", "denotation", "expr1", "expr2"))) {
            while (table.next()) {
                try {
                    table.id(0);
                    int denotation = table.id(1);
                    int superclass = table.number(2, 0);
                    int wordClass = table.number(3, 0);
                    Integer index = classExpressions.get(wordClass);
                    if (index != null && takenDenotations.get(denotation)
                            && (superclass == 0 || superclass == partOfSpeechProperty)) {
                        if (size == found.length) {
                            found = Arrays.copyOf(found, size * 2);
                        }
                        found[size++] = (long) denotation << 8 | index;
                    }
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        }
        denotationClasses = Arrays.copyOf(found, size);
        Arrays.sort(denotationClasses);
    }

    /** The part of speech of a denotation (its index in {@link PanLexClasses}), or {@link PanLexClasses#NONE}. */
    private int classOf(int denotation) {
        int at = Arrays.binarySearch(denotationClasses, (long) denotation << 8);
        int next = at >= 0 ? at : -at - 1;
        return next < denotationClasses.length && denotationClasses[next] >>> 8 == denotation
                ? (int) (denotationClasses[next] & 0xFF) : PanLexClasses.NONE;
    }

    /**
     * Every ordered pair of different taken expressions that share a meaning: the key (expression, other), the
     * value the expression's part of speech in the meaning and the meaning's source.
     */
    private PairSort pairMeanings(PairSort denotations) throws IOException {
        PairSort pairs = new PairSort(workDirectory, "pair", runSize);
        try (denotations; PairSort.Cursor sorted = denotations.sorted()) {
            int[] group = new int[16];
            int[] classes = new int[16];
            boolean more = sorted.next();
            while (more) {
                int meaning = (int) (sorted.key() >>> 32);
                int size = 0;
                while (more && (int) (sorted.key() >>> 32) == meaning) {
                    int expression = (int) sorted.key();
                    if (size == 0 || group[size - 1] != expression) {
                        if (size == group.length) {
                            group = Arrays.copyOf(group, size * 2);
                            classes = Arrays.copyOf(classes, size * 2);
                        }
                        classes[size] = classOf((int) sorted.value());
                        group[size++] = expression;
                    }
                    more = sorted.next();
                }
                int source = meaningSource.get(meaning);
                for (int a = 0; a < size; a++) {
                    for (int b = 0; b < size; b++) {
                        if (a != b) {
                            pairs.add((long) group[a] << 32 | group[b], (long) classes[a] << 32 | source);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            pairs.close();
            throw e;
        }
        return pairs;
    }

    private Text text(int expression) {
        int offset = exprOffset.get(expression) - 1;
        ByteBuffer record = textBuffer.duplicate();
        record.position(offset);
        Variety variety = varieties.get(record.getInt());
        byte[] bytes = new byte[record.getInt()];
        record.get(bytes);
        return new Text(variety, new String(bytes, StandardCharsets.UTF_8));
    }

    private void reject(PanLexFormatException row) {
        rejectedCount++;
        if (rejected.size() < KEPT_REJECTS) {
            rejected.add(row);
        }
    }

    @Override
    public void close() throws IOException {
        try (PairSort.Cursor closingCursor = cursor; PairSort closingPairs = pairs) {
            textBuffer = null;
            Files.deleteIfExists(texts);
        }
    }

    private record Variety(String uid, String language, boolean taken) {
    }

    private record Source(String label, int quality, int group) {
    }

    private record Text(Variety variety, String text) {
    }

    /** Ints by a non-negative index, growing as needed; 0 where none was set. */
    private static final class IntColumn {
        private int[] values = new int[1 << 16];

        void set(int index, int value) {
            if (index >= values.length) {
                values = Arrays.copyOf(values, Math.max(index + 1, (int) Math.min(Integer.MAX_VALUE - 8, values.length * 3L / 2)));
            }
            values[index] = value;
        }

        int get(int index) {
            return index < values.length ? values[index] : 0;
        }
    }
}
