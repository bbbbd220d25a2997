package org.aqea.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generated PanLex snapshots in the CSV dialect of PanLex's bulk downloads: the real {@code langvar} table of 2024
 * ({@code ../shared/realdata/panlex}), and made-up {@code source}, {@code meaning}, {@code expr}, {@code denotation}
 * and {@code definition} tables with the columns the real ones have (SCHEMA.md there). Texts hold what real ones
 * hold and a careless reader breaks on: commas, quotes, line breaks, the words {@code NA} and {@code null}, and
 * characters beyond the Basic Multilingual Plane. Written streaming, so that benchmark sizes need no memory; a small
 * snapshot also keeps its meanings, for tests that compute its translations another way.
 */
public final class PanLexSnapshots {

    public static final Path LANGVAR_JSON = RealPages.FOLDER.resolve("panlex/real/langvar-json-2024/langvar.json");
    /** Varieties the expressions are spread over: taken ones (with an AQEA domain) and others. */
    public static final List<String> VARIETIES = List.of("deu-000", "eng-000", "fra-000", "spa-000", "ita-000",
            "jpn-000", "cmn-000", "aar-000", "kor-000");
    private static final String[] SPECIAL_TEXTS = {"NA", "null", "a, b", "say \"hi\"", "line\nbreak", "𠁥𠁥", "\"", "t", ","};
    /** PanLex's part-of-speech classes (art-303) the generated denotations have. */
    public static final String[] CLASSES = {"Noun", "Verb", "Adjective", "Adverb"};
    private static final String[] SYLLABLES = {"ka", "re", "mi", "so", "tu", "la", "ne", "po", "sch", "ü", "é", "ñ",
            "ar", "ten", "bo", "gi", "ha", "ul", "ze", "dy"};

    /**
     * The generated tables as a test checks them: source id to (quality, group), meanings with their expressions and
     * each expression's class in it from its denotation (an index into {@link #CLASSES}, -1 for none), the classes
     * meanings have of their own, and the definitions by meaning (variety, text).
     */
    public record Snapshot(Map<Integer, int[]> sources, Map<Integer, String> sourceLabels, List<int[]> meanings,
                           List<int[]> memberClasses, Map<Integer, Integer> classOfMeaning,
                           Map<Integer, List<String[]>> definitions, Map<Integer, Integer> meaningSource,
                           Map<Integer, String> varietyOfExpression, Map<Integer, String> textOfExpression) {
    }

    /** The varieties definitions are written in, in turn: taken ones and one no run takes by default. */
    private static final List<String> DEFINITION_VARIETIES = List.of("eng-000", "deu-000", "aar-000", "fra-000");

    private final int expressions;
    private final int denotations;
    private final long seed;
    private final boolean keep;
    private final Map<String, Integer> varietyIds = new HashMap<>();
    private final List<String[]> pairs = new ArrayList<>();
    private java.util.function.IntPredicate omitted = id -> false;
    private final Map<String, List<String>> rawRows = new HashMap<>();

    /** A snapshot of {@code expressions} expressions and about {@code denotations} denotations. */
    public PanLexSnapshots(int expressions, int denotations, long seed, boolean keep) {
        this.expressions = expressions;
        this.denotations = denotations;
        this.seed = seed;
        this.keep = keep;
    }

    /**
     * Adds two expressions ({@code deu-000}, {@code Hund}) that translate each other in {@code sources} meanings, one
     * of each of the first sources, after the generated ones; the first meaning is defined in English.
     */
    public PanLexSnapshots withPair(String variety, String text, String otherVariety, String otherText, int sources) {
        pairs.add(new String[] {variety, text, otherVariety, otherText, Integer.toString(sources)});
        return this;
    }

    /** Leaves out the generated expressions {@code omitted} names, and their denotations, as a later snapshot would. */
    public PanLexSnapshots omitting(java.util.function.IntPredicate omitted) {
        this.omitted = omitted;
        return this;
    }

    /** Appends a row as written ({@code x1,157,Wort,}) to the end of a table, such as a broken one. */
    public PanLexSnapshots withRow(String table, String row) {
        rawRows.computeIfAbsent(table, name -> new ArrayList<>()).add(row + "\n");
        return this;
    }

    /** Writes {@code panlex-20240301-csv.zip} into {@code folder}, its tables in a folder of the zip as PanLex did. */
    public Snapshot writeZip(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            return write((table, body) -> {
                out.putNextEntry(new ZipEntry("panlex-20240301-csv/" + table + ".csv"));
                Writer writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
                body.write(writer);
                writer.flush();
                out.closeEntry();
            });
        }
    }

    /** Writes the tables into {@code folder}, as the zip unpacks. */
    public Snapshot writeFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        return write((table, body) -> {
            try (Writer writer = Files.newBufferedWriter(folder.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
                body.write(writer);
            }
        });
    }

    private interface Body {
        void write(Writer writer) throws IOException;
    }

    private interface TableSink {
        void table(String name, Body body) throws IOException;
    }

    private Snapshot write(TableSink tables) throws IOException {
        TableSink sink = (name, body) -> tables.table(name, writer -> {
            body.write(writer);
            for (String row : rawRows.getOrDefault(name, List.of())) {
                writer.write(row);
            }
        });
        SplittableRandom random = new SplittableRandom(seed);
        sink.table("langvar", this::writeVarieties);
        int sourceCount = Math.max(12, expressions / 2000);
        Map<Integer, int[]> sources = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        sink.table("source", writer -> {
            writer.write("id,reg_date,label,url,isbn,author,title,publisher,year,quality,grp,note,license,ip_claim,"
                    + "ip_claimant,ip_claimant_email\n");
            for (int id = 1; id <= sourceCount; id++) {
                int quality = random.nextInt(10);
                int group = random.nextInt(4) == 0 ? 1 + random.nextInt(id) : id;
                String label = "deu-eng:Author " + id + ", \"Dictionary\"";
                sources.put(id, new int[] {quality, group});
                labels.put(id, label);
                writer.write(id + ",2014-01-14," + quoted(label) + ",http://example.org/" + id + ",,"
                        + quoted("Author, " + id) + "," + quoted("A dictionary\nin two lines") + ",,"
                        + (1950 + id % 70) + "," + quality + "," + group + "," + (id % 3 == 0 ? "" : quoted("note"))
                        + ",cc,,,\n");
            }
        });
        Map<Integer, String> varietyOf = new HashMap<>();
        Map<Integer, String> textOf = new HashMap<>();
        sink.table("expr", writer -> {
            writer.write("id,langvar,txt,txt_degr\n");
            for (int i = 0; i < pairs.size(); i++) {
                String[] pair = pairs.get(i);
                writer.write((expressions + 2 * i + 1) + "," + varietyIds.get(pair[0]) + "," + quoted(pair[1]) + ",\n");
                writer.write((expressions + 2 * i + 2) + "," + varietyIds.get(pair[2]) + "," + quoted(pair[3]) + ",\n");
            }
            int art303 = varietyIds.get("art-303");
            int classBase = expressions + 2 * pairs.size();
            writer.write((classBase + 1) + "," + art303 + ",PartOfSpeechProperty,partofspeechproperty\n");
            for (int i = 0; i < CLASSES.length; i++) {
                writer.write((classBase + 2 + i) + "," + art303 + "," + CLASSES[i] + "," + CLASSES[i].toLowerCase() + "\n");
            }
            writer.write((classBase + 2 + CLASSES.length) + "," + art303 + ",Plural,plural\n");
            for (int id = 1; id <= expressions; id++) {
                if (omitted.test(id)) {
                    continue;
                }
                String variety = varietyOf(id);
                String text = textOf(id);
                if (keep) {
                    varietyOf.put(id, variety);
                    textOf.put(id, text);
                }
                writer.write(id + "," + varietyIds.get(variety) + "," + quoted(text) + "," + quoted(text.toLowerCase()) + "\n");
            }
        });
        List<int[]> meanings = new ArrayList<>();
        Map<Integer, Integer> meaningSource = new HashMap<>();
        List<int[]> meaningRows = new ArrayList<>();
        SplittableRandom meaningRandom = new SplittableRandom(seed + 1);
        sink.table("meaning", writer -> {
            writer.write("id,source\n");
            int written = 0;
            int id = 0;
            while (written < denotations) {
                id++;
                int source = 1 + meaningRandom.nextInt(sourceCount);
                writer.write(id + "," + source + "\n");
                int size = 2 + meaningRandom.nextInt(3);
                written += size;
                if (keep) {
                    meaningSource.put(id, source);
                }
            }
            meaningRows.add(new int[] {id});
            for (String[] pair : pairs) {
                for (int source = 1; source <= Integer.parseInt(pair[4]); source++) {
                    writer.write(++id + "," + source + "\n");
                }
            }
        });
        int meaningCount = meaningRows.get(0)[0];
        int classBase = expressions + 2 * pairs.size();
        List<int[]> meaningClasses = new ArrayList<>();
        sink.table("denotation", writer -> {
            writer.write("id,meaning,expr\n");
            eachDenotation(sourceCount, meaningCount, (id, meaning, expr, wordClass) -> {
                writer.write(id + "," + meaning + "," + expr + "\n");
            }, keep ? meanings : null, keep ? meaningClasses : null);
        });
        sink.table("denotation_class", writer -> {
            writer.write("id,denotation,expr1,expr2\n");
            eachDenotation(sourceCount, meaningCount, (id, meaning, expr, wordClass) -> {
                if (wordClass >= 0) {
                    // expr1 the superclass (art-303 PartOfSpeechProperty), expr2 the class (art-303 Noun, ...).
                    writer.write(id + "," + id + "," + (classBase + 1) + "," + (classBase + 2 + wordClass) + "\n");
                } else if (id % 11 == 0) {
                    // A class of another kind, which is no part of speech.
                    writer.write(id + "," + id + ",," + (classBase + 2 + CLASSES.length) + "\n");
                }
            }, null, null);
        });
        Map<Integer, Integer> classOfMeaning = new HashMap<>();
        sink.table("meaning_class", writer -> {
            writer.write("id,meaning,expr1,expr2\n");
            for (int meaning = 5; meaning <= meaningCount; meaning += 5) {
                int wordClass = meaning / 5 % CLASSES.length;
                // Under the superclass (art-303 PartOfSpeechProperty), or with none, as PanLex writes both.
                writer.write(meaning + "," + meaning + "," + (meaning % 2 == 0 ? "" : classBase + 1) + ","
                        + (classBase + 2 + wordClass) + "\n");
                if (keep) {
                    classOfMeaning.put(meaning, wordClass);
                }
            }
            // A class of another kind, which is no part of speech.
            writer.write((meaningCount + 1) + ",3," + "," + (classBase + 2 + CLASSES.length) + "\n");
        });
        Map<Integer, List<String[]>> definitions = new HashMap<>();
        sink.table("definition", writer -> {
            writer.write("id,meaning,langvar,txt\n");
            int id = 0;
            for (int meaning = 1; meaning <= meaningCount; meaning += 7) {
                // Some meanings are defined in two languages; every fourth shares its text with another meaning.
                for (int i = 0; i <= meaning % 2; i++) {
                    String variety = DEFINITION_VARIETIES.get((meaning / 7 + i) % DEFINITION_VARIETIES.size());
                    String text = meaning % 4 == 0 ? "a thing, \"described\"\nover two lines"
                            : "meaning " + meaning + " in " + variety + (meaning % 3 == 0 ? " 𠁥" : "");
                    writer.write(++id + "," + meaning + "," + varietyIds.get(variety) + "," + quoted(text) + "\n");
                    if (keep) {
                        definitions.computeIfAbsent(meaning, m -> new ArrayList<>()).add(new String[] {variety, text});
                    }
                }
            }
            // The first meaning of each added pair, defined in English.
            int meaning = meaningCount + 1;
            for (String[] pair : pairs) {
                writer.write(++id + "," + meaning + "," + varietyIds.get("eng-000") + ","
                        + quoted("what \"" + pair[3] + "\" means, in English") + "\n");
                meaning += Integer.parseInt(pair[4]);
            }
        });
        return new Snapshot(sources, labels, meanings, meaningClasses, classOfMeaning, definitions, meaningSource,
                varietyOf, textOf);
    }

    private interface DenotationSink {
        void denotation(long id, int meaning, int expr, int wordClass) throws IOException;
    }

    /**
     * Every denotation the snapshot holds, in order, with its word class (an index into {@link #CLASSES}, or -1 for
     * none): the same sequence each time, so that the tables that name denotations agree.
     */
    private void eachDenotation(int sourceCount, int meaningCount, DenotationSink sink, List<int[]> members,
                                List<int[]> classes) throws IOException {
        SplittableRandom sizes = new SplittableRandom(seed + 1);
        SplittableRandom pick = new SplittableRandom(seed + 2);
        long id = 0;
        // Half the members come from a few popular expressions, so that pairs meet in several sources.
        int popular = Math.min(expressions, 64 + expressions / 16);
        for (int meaning = 1; meaning <= meaningCount; meaning++) {
            sizes.nextInt(sourceCount);
            int size = 2 + sizes.nextInt(3);
            int[] exprs = new int[size];
            int[] wordClasses = new int[size];
            for (int i = 0; i < size; i++) {
                exprs[i] = 1 + (pick.nextBoolean() ? pick.nextInt(popular) : pick.nextInt(expressions));
                wordClasses[i] = -1;
                if (!omitted.test(exprs[i])) {
                    id++;
                    wordClasses[i] = classOf(id, exprs[i]);
                    sink.denotation(id, meaning, exprs[i], wordClasses[i]);
                }
            }
            if (members != null) {
                members.add(exprs);
                classes.add(wordClasses);
            }
        }
        int meaning = meaningCount;
        for (int i = 0; i < pairs.size(); i++) {
            for (int source = 1; source <= Integer.parseInt(pairs.get(i)[4]); source++) {
                meaning++;
                sink.denotation(++id, meaning, expressions + 2 * i + 1, 0);
                sink.denotation(++id, meaning, expressions + 2 * i + 2, 0);
            }
        }
    }

    /** Most denotations of an expression have its class; some another, a third none. */
    private static int classOf(long denotation, int expr) {
        if (denotation % 3 == 0) {
            return -1;
        }
        return (int) ((expr + (denotation % 7 == 0 ? 1 : 0)) % CLASSES.length);
    }

    private void writeVarieties(Writer writer) throws IOException {
        JsonNode table = new ObjectMapper().readTree(LANGVAR_JSON.toFile());
        writer.write("id,lang_code,var_code,mutable,name_expr,script_expr,meaning,region_expr,uid_expr,grp\n");
        for (JsonNode row : table) {
            String uid = String.format("%s-%03d", row.get("lang_code").asText(), row.get("var_code").asInt());
            varietyIds.put(uid, row.get("id").asInt());
            writer.write(row.get("id").asText() + "," + row.get("lang_code").asText() + "," + row.get("var_code").asText()
                    + "," + (row.get("mutable").asInt() == 1 ? "t" : "f") + "," + row.get("name_expr").asText() + ","
                    + row.get("script_expr").asText() + "," + row.get("meaning").asText() + ","
                    + row.get("region_expr").asText() + "," + row.get("uid_expr").asText() + ","
                    + row.get("grp").asText() + "\n");
        }
        for (String variety : VARIETIES) {
            if (!varietyIds.containsKey(variety)) {
                throw new IllegalStateException(LANGVAR_JSON + " has no variety " + variety);
            }
        }
    }

    /** The variety of expression {@code id}. */
    public static String varietyOf(int id) {
        return VARIETIES.get(Math.floorMod(id * 0x9E3779B1, VARIETIES.size()));
    }

    /** The text of expression {@code id}: made-up words, a few of them the texts readers break on. */
    public static String textOf(int id) {
        if (id % 97 == 0) {
            int special = id / 97 - 1;
            return SPECIAL_TEXTS[special % SPECIAL_TEXTS.length] + (special >= SPECIAL_TEXTS.length ? " " + id : "");
        }
        StringBuilder word = new StringBuilder();
        int rest = id;
        do {
            word.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        } while (rest > 0);
        return word.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the zip's entry is closed by the zip
        }
    }
}
