package org.aqea.eswiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.aqea.edition.LanguageTables;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.Mutations;
import org.aqea.testing.RealPages;
import org.junit.jupiter.api.Test;

/** Every real Spanish page, damaged thousands of ways: the whole pipeline takes each one. */
class RobustnessTest {

    private static final String[] DEBRIS = {"{{", "}}", "[[", "]]", "|", "=", "==", "===", "====", "\n", "<!--", "-->",
            "<ref>", "</ref>", ";", ";1:", ";2 {{csem|", ":", "{{t|", "|a1=", "|t1=", "{{trad-arriba}}", "{{ejemplo|",
            "{{sinónimo|", "{{pron-graf|fone=", "==== {{sustantivo femenino|es}} ====", "=== Etimología 2 ===",
            "=== Forma flexiva ===", "==== Forma verbal ====", "{{forma verbo|", "{{inflect.es.adj.reg|", "{{plm}}",
            "\u0000", "\uFFFF", "ñ"};

    /** {@code == {{lengua|es}} ==}: the language's code. */
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^==\\s*\\{\\{lengua\\|([^}|]+)}}\\s*==\\s*$");

    @Test
    void damagedPagesNeverDefeatThePipeline() throws Exception {
        ExtractionPipeline pipeline = new ExtractionPipeline(new SpanishPageParser(), TakenLanguages.ALL);
        List<DumpFiles.Page> pages = RealPages.singlePages("es");
        assertTrue(pages.size() >= 20, "real pages: " + pages.size());
        // Ten rounds of five: the real pages are few.
        int extracted = 0;
        Random random = new Random(20261206);
        for (int round = 0; round < 10; round++) {
            extracted += Mutations.extractEveryDamagedPage(pipeline, pages, LANGUAGE, LanguageTables.codes("es"), DEBRIS, random);
        }
        assertEquals(50 * pages.size(), extracted);
    }
}
