package org.aqea.eswiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.aqea.edition.LanguageTables;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.Mutations;
import org.aqea.testing.RealPages;
import org.aqea.testing.SpanishPages;
import org.junit.jupiter.api.Test;

/** Generated and real Spanish pages, damaged thousands of ways: the whole pipeline takes each one. */
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
        List<DumpFiles.Page> real = RealPages.singlePages("es");
        assertTrue(real.size() >= 20, "real pages: " + real.size());
        List<DumpFiles.Page> pages = new ArrayList<>(new SpanishPages(7).pages(300));
        pages.addAll(real);
        int extracted = Mutations.extractEveryDamagedPage(pipeline, pages, LANGUAGE, LanguageTables.codes("es"), DEBRIS,
                new Random(20261206));
        assertEquals(5 * pages.size(), extracted);
    }
}
