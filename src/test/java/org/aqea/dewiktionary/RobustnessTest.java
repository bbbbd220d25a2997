package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.aqea.dump.DumpFormatException;
import org.aqea.dump.DumpReader;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;
import org.aqea.testing.Mutations;
import org.aqea.testing.RealPages;
import org.aqea.edition.LanguageTables;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.lexicon.TakenLanguages;
import java.util.ArrayList;
import java.util.regex.Pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of randomly mutated and truncated pages and dumps: the parser copes, the reader ends cleanly. */
class RobustnessTest {

    private static final String[] DEBRIS = {"{{", "}}", "[[", "]]", "|", "=", "==", "===", "\n", "<!--", "-->", "<ref>",
            "</ref>", ":[", "]", "::[a]", "{{Ü-Tabelle|", "{{K|", "*{{en}}:", "{{Pl.}}", "·", "\u0000", "\uFFFF", "ä"};

    /** {@code == Wort ({{Sprache|Deutsch}}) ==}: the language's name. */
    private static final Pattern LANGUAGE = Pattern.compile("\\{\\{Sprache\\|([^}|]+)}}");

    /**
     * Generated pages and every real page, each with its languages drawn from the edition's whole table (or made up)
     * and then damaged: the whole pipeline (parser, classifier, validation, description) takes every one.
     */
    @Test
    void mutatedPagesNeverDefeatThePipeline() throws Exception {
        Random random = new Random(20261128);
        ExtractionPipeline pipeline = new ExtractionPipeline(new GermanPageParser(), TakenLanguages.ALL);
        List<String> languages = LanguageTables.canonicalNames("de");
        List<DumpFiles.Page> pages = new ArrayList<>(new GermanPages(7).pages(600));
        List<DumpFiles.Page> real = RealPages.all("de");
        assertTrue(real.size() >= 50, "real pages: " + real.size());
        pages.addAll(real);
        int extracted = Mutations.extractEveryDamagedPage(pipeline, pages, LANGUAGE, languages, DEBRIS, random);
        assertEquals(5 * pages.size(), extracted);
    }

    @Test
    void mutatedAndTruncatedDumpsEndWithAResultOrAClearError(@TempDir Path dir) throws IOException {
        Random random = new Random(42);
        List<DumpFiles.Page> pages = new GermanPages(3).pages(300);
        byte[] xml = Files.readAllBytes(DumpFiles.writeXml(dir.resolve("d.xml"), DumpFiles.SCHEMA_011, pages));
        byte[] bz2 = Files.readAllBytes(DumpFiles.writeBz2(dir.resolve("d.xml.bz2"), DumpFiles.SCHEMA_011, pages));
        int clearErrors = 0;
        for (int round = 0; round < 400; round++) {
            byte[] source = round % 2 == 0 ? xml : bz2;
            byte[] damaged = random.nextBoolean()
                    ? java.util.Arrays.copyOf(source, random.nextInt(source.length))
                    : flipBytes(source, random);
            Path file = Files.write(dir.resolve("damaged-" + round), damaged);
            try (DumpReader reader = DumpReader.open(file)) {
                while (reader.nextPage() != null) {
                    // read to the end or to the error
                }
            } catch (DumpFormatException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                clearErrors++;
            }
        }
        assertTrue(clearErrors > 100, "most damaged dumps are refused with a clear error: " + clearErrors);
    }

    private static byte[] flipBytes(byte[] source, Random random) {
        byte[] copy = source.clone();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
