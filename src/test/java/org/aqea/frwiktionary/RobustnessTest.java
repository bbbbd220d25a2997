package org.aqea.frwiktionary;

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
import org.aqea.testing.FrenchPages;
import org.aqea.testing.Mutations;
import org.aqea.testing.RealPages;
import org.junit.jupiter.api.Test;

/** Generated and real French pages, damaged thousands of ways: the whole pipeline takes each one. */
class RobustnessTest {

    private static final String[] DEBRIS = {"{{", "}}", "[[", "]]", "|", "=", "==", "===", "====", "\n", "<!--", "-->",
            "<ref>", "</ref>", "#", "##", "#*", "#*:", "{{trad-début|", "{{trad-fin}}", "{{trad+|", "* {{T|", "{{S|nom|fr",
            "{{S|flexion", "{{S|traductions}}", "{{exemple|", "{{lexique|", "{{fr-rég|", "{{fr-accord-rég|", "{{pron|",
            "{{écouter|", "=== {{S|verbe|fr|num=2}} ===", "== {{langue|xx}} ==", "''Pluriel de'' [[", "\u0000", "\uFFFF", "é"};

    /** {@code == {{langue|fr}} ==}: the language's code. */
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^==\\s*\\{\\{langue\\|([^}|]+)}}\\s*==\\s*$");

    @Test
    void damagedPagesNeverDefeatThePipeline() throws Exception {
        ExtractionPipeline pipeline = new ExtractionPipeline(new FrenchPageParser(), TakenLanguages.ALL);
        List<DumpFiles.Page> real = RealPages.singlePages("fr");
        assertTrue(real.size() >= 60, "real pages: " + real.size());
        List<DumpFiles.Page> pages = new ArrayList<>(new FrenchPages(7).pages(300));
        pages.addAll(real);
        int extracted = Mutations.extractEveryDamagedPage(pipeline, pages, LANGUAGE, LanguageTables.codes("fr"), DEBRIS,
                new Random(20261206));
        assertEquals(5 * pages.size(), extracted);
    }
}
