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
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.aqea.panlex.PanLexExpression.PanLexGloss;
import org.aqea.panlex.PanLexExpression.PanLexTranslation;

/**
 * A snapshot's translations between the languages a run takes, computed streaming: the small tables (language
 * varieties, sources) and one int per meaning are held in memory; the taken expressions' texts go to a file read
 * through the operating system's page cache, the denotations and the pairs of expressions sharing a meaning through
 * external sorts ({@link PairSort}), and so do the definitions of the taken languages. Then {@link #next} hands out one
 * expression after another, in id order, with its translations scored as PanLex scores them and the definitions of
 * its meanings. A row whose values are wrong is left out and kept in
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
    private final Path definitionTexts;
    private MappedByteBuffer definitionBuffer;
    /** PanLex's class expressions (art-303) that name a part of speech, by id: their index in {@link PanLexClasses}. */
    private final Map<Integer, Integer> classExpressions = new HashMap<>();
    private int partOfSpeechProperty;
    private int classVariety;
    private final BitSet takenDenotations = new BitSet();
    /** Denotations of taken expressions with a part of speech: denotation << 8 | class, sorted. */
    private long[] denotationClasses = new long[0];
    /** Meanings with a part of speech (for their denotations that name none): meaning << 8 | class, sorted. */
    private long[] meaningClasses = new long[0];
    private final List<PanLexFormatException> rejected = new ArrayList<>();
    private long rejectedCount;
    private final Path texts;
    private MappedByteBuffer textBuffer;
    private PairSort pairs;
    private PairSort.Cursor cursor;
    private boolean hasPair;
    private PairSort glosses;
    private PairSort.Cursor glossCursor;
    private boolean hasGloss;

    private PanLexJoin(Path workDirectory, int minimumScore, int runSize) {
        this.workDirectory = workDirectory;
        this.minimumScore = minimumScore;
        this.runSize = runSize;
        this.texts = workDirectory.resolve("expr-texts.bin");
        this.definitionTexts = workDirectory.resolve("definition-texts.bin");
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
            try (PairSort definitions = join.readDefinitions(snapshot);
                 PairSort denotations = join.readDenotations(snapshot)) {
                join.denotationClasses = join.readClasses(snapshot, "denotation_class", "denotation",
                        join.takenDenotations::get);
                join.meaningClasses = join.readClasses(snapshot, "meaning_class", "meaning",
                        meaning -> join.meaningSource.get(meaning) != 0);
                join.pairMeanings(denotations, definitions);
            }
            join.cursor = join.pairs.sorted();
            join.hasPair = join.cursor.next();
            join.glossCursor = join.glosses.sorted();
            join.hasGloss = join.glossCursor.next();
            return join;
        } catch (IOException | RuntimeException e) {
            join.close();
            throw e;
        }
    }

    /**
     * The next expression with at least one translation kept or one definition, or {@code null} after the last; its
     * definitions in its own language first.
     */
    public PanLexExpression next() throws IOException {
        while (hasPair || hasGloss) {
            int expression = Math.min(hasPair ? (int) (cursor.key() >>> 32) : Integer.MAX_VALUE,
                    hasGloss ? (int) (glossCursor.key() >>> 32) : Integer.MAX_VALUE);
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
            List<PanLexGloss> definitions = new ArrayList<>();
            while (hasGloss && (int) (glossCursor.key() >>> 32) == expression) {
                Text text = text(definitionBuffer, (int) glossCursor.value());
                definitions.add(new PanLexGloss(PanLexClasses.pos((int) glossCursor.key()), text.variety.uid,
                        text.variety.language, text.text));
                hasGloss = glossCursor.next();
            }
            if (!translations.isEmpty() || !definitions.isEmpty()) {
                translations.sort(Comparator.comparingInt((PanLexTranslation t) -> PanLexClasses.order(t.wordClass()))
                        .thenComparing(Comparator.comparingInt(PanLexTranslation::score).reversed())
                        .thenComparing(PanLexTranslation::language).thenComparing(PanLexTranslation::text)
                        .thenComparingInt(PanLexTranslation::id));
                Text text = text(expression);
                definitions.sort(Comparator.comparing(definition -> !definition.language().equals(text.variety.language)));
                return new PanLexExpression(expression, text.variety.uid, text.variety.language, text.text,
                        List.copyOf(translations), List.copyOf(definitions));
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
                checkTextsFit(table, offset);
                try {
                    int id = table.id(0);
                    int langvar = table.id(1);
                    Variety variety = variety(table, langvar);
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
                    String text = text(table, 2);
                    exprOffset.set(id, (int) offset + 1);
                    offset += writeText(out, langvar, text);
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        }
        textBuffer = map(texts);
    }

    /**
     * The definitions in taken languages as (meaning; where the text is), sorted: their texts spilled like the
     * expressions'; a snapshot without the table gives none.
     */
    private PairSort readDefinitions(PanLexSnapshot snapshot) throws IOException {
        PairSort definitions = new PairSort(workDirectory, "definition", Math.max(1, runSize / 4));
        long offset = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(definitionTexts), 1 << 16))) {
            if (snapshot.has("definition")) {
                try (PanLexTable table = snapshot.table("definition", List.of("id", "meaning", "langvar", "txt"))) {
                    while (table.next()) {
                        checkTextsFit(table, offset);
                        try {
                            table.id(0);
                            int meaning = table.id(1);
                            int langvar = table.id(2);
                            requireMeaning(table, meaning);
                            if (!variety(table, langvar).taken) {
                                continue;
                            }
                            String text = text(table, 3);
                            definitions.add(meaning, offset);
                            offset += writeText(out, langvar, text);
                        } catch (PanLexFormatException e) {
                            reject(e);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            definitions.close();
            throw e;
        }
        definitionBuffer = map(definitionTexts);
        return definitions;
    }

    private Variety variety(PanLexTable table, int langvar) throws PanLexFormatException {
        Variety variety = varieties.get(langvar);
        if (variety == null) {
            throw table.problem("names the language variety " + langvar + ", which langvar.csv lacks");
        }
        return variety;
    }

    private void requireMeaning(PanLexTable table, int meaning) throws PanLexFormatException {
        if (meaningSource.get(meaning) == 0) {
            throw table.problem("names the meaning " + meaning + ", which meaning.csv lacks");
        }
    }

    private static String text(PanLexTable table, int column) throws PanLexFormatException {
        String text = table.text(column);
        if (text.isBlank()) {
            throw table.problem("has no text");
        }
        return text;
    }

    /** A text's record in a spill file: its variety, its length and its UTF-8 bytes; the bytes written. */
    private static int writeText(DataOutputStream out, int langvar, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(langvar);
        out.writeInt(bytes.length);
        out.write(bytes);
        return 8 + bytes.length;
    }

    /** Offsets into a spill file are ints: its records must start within the first 2 GiB. */
    private static void checkTextsFit(PanLexTable table, long offset) throws PanLexFormatException {
        if (offset + 1 > Integer.MAX_VALUE) {
            throw new PanLexFormatException(table.file(), table.line(), "the taken languages' texts in "
                    + table.file() + " pass 2 GiB; take fewer languages");
        }
    }

    private static MappedByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
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
                    requireMeaning(table, meaning);
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
     * The parts of speech PanLex gives the denotations or meanings {@code wanted} takes ({@code denotation_class} or
     * {@code meaning_class}: the superclass {@code art-303 PartOfSpeechProperty}, or none, and a class such as
     * {@code art-303 Noun}) as id << 8 | class, sorted; a snapshot without the table gives none.
     */
    private long[] readClasses(PanLexSnapshot snapshot, String name, String column, IntPredicate wanted)
            throws IOException {
        if (!snapshot.has(name) || classExpressions.isEmpty()) {
            return new long[0];
        }
        long[] found = new long[1024];
        int size = 0;
        try (PanLexTable table = snapshot.table(name, List.of("id", column, "expr1", "expr2"))) {
            while (table.next()) {
                try {
                    table.id(0);
                    int id = table.id(1);
                    int superclass = table.number(2, 0);
                    int wordClass = table.number(3, 0);
                    Integer index = classExpressions.get(wordClass);
                    if (index != null && wanted.test(id) && (superclass == 0 || superclass == partOfSpeechProperty)) {
                        if (size == found.length) {
                            found = Arrays.copyOf(found, size * 2);
                        }
                        found[size++] = (long) id << 8 | index;
                    }
                } catch (PanLexFormatException e) {
                    reject(e);
                }
            }
        }
        long[] classes = Arrays.copyOf(found, size);
        Arrays.sort(classes);
        return classes;
    }

    /**
     * The part of speech of a denotation (its index in {@link PanLexClasses}): its own, else its meaning's, else
     * {@link PanLexClasses#NONE}.
     */
    private int classOf(int denotation, int meaning) {
        int own = classIn(denotationClasses, denotation);
        return own != PanLexClasses.NONE ? own : classIn(meaningClasses, meaning);
    }

    private static int classIn(long[] classes, int id) {
        int at = Arrays.binarySearch(classes, (long) id << 8);
        int next = at >= 0 ? at : -at - 1;
        return next < classes.length && classes[next] >>> 8 == id ? (int) (classes[next] & 0xFF) : PanLexClasses.NONE;
    }

    /**
     * Every ordered pair of different taken expressions that share a meaning into {@link #pairs}: the key
     * (expression, other), the value the expression's part of speech in the meaning and the meaning's source; and
     * each taken expression's definitions into {@link #glosses}: the key (expression, part of speech in the meaning),
     * the value (meaning, where the text is).
     */
    private void pairMeanings(PairSort denotations, PairSort definitions) throws IOException {
        pairs = new PairSort(workDirectory, "pair", runSize);
        glosses = new PairSort(workDirectory, "gloss", Math.max(1, runSize / 4));
        try (PairSort.Cursor sorted = denotations.sorted(); PairSort.Cursor definitionCursor = definitions.sorted()) {
            int[] group = new int[16];
            int[] classes = new int[16];
            int[] glossed = new int[4];
            boolean more = sorted.next();
            boolean moreDefinitions = definitionCursor.next();
            while (more) {
                int meaning = (int) (sorted.key() >>> 32);
                int definitionCount = 0;
                while (moreDefinitions && definitionCursor.key() <= meaning) {
                    if (definitionCursor.key() == meaning) {
                        if (definitionCount == glossed.length) {
                            glossed = Arrays.copyOf(glossed, definitionCount * 2);
                        }
                        glossed[definitionCount++] = (int) definitionCursor.value();
                    }
                    moreDefinitions = definitionCursor.next();
                }
                int size = 0;
                while (more && (int) (sorted.key() >>> 32) == meaning) {
                    int expression = (int) sorted.key();
                    if (size == 0 || group[size - 1] != expression) {
                        if (size == group.length) {
                            group = Arrays.copyOf(group, size * 2);
                            classes = Arrays.copyOf(classes, size * 2);
                        }
                        classes[size] = classOf((int) sorted.value(), meaning);
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
                    for (int d = 0; d < definitionCount; d++) {
                        glosses.add((long) group[a] << 32 | classes[a], (long) meaning << 32 | glossed[d]);
                    }
                }
            }
        }
    }

    private Text text(int expression) {
        return text(textBuffer, exprOffset.get(expression) - 1);
    }

    private Text text(MappedByteBuffer buffer, int offset) {
        ByteBuffer record = buffer.duplicate();
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
        try (PairSort.Cursor closingCursor = cursor; PairSort closingPairs = pairs;
             PairSort.Cursor closingGlossCursor = glossCursor; PairSort closingGlosses = glosses) {
            textBuffer = null;
            definitionBuffer = null;
            Files.deleteIfExists(texts);
            Files.deleteIfExists(definitionTexts);
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
