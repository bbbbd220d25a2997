package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.testing.EnglishPages;
import org.aqea.testing.Mutations;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;

/** Thousands of randomly mutated English pages: the parser copes with each, and names what it could not read. */
class RobustnessTest {

    private static final String[] DEBRIS = {"{{", "}}", "[[", "]]", "|", "=", "==", "===", "====", "\n", "<!--", "-->",
            "<ref>", "</ref>", "#", "##", "#:", "#*", "#*:", "{{trans-top|", "{{trans-bottom}}", "{{t+|", "{{lb|en|",
            "{{en-noun|", "{{en-verb|", "{{inh|en|", "{{col3|en|", "{{sense|", "* German:", "*: Mandarin:", "===Etymology 2===",
            "====Noun====", "==Klingonish==", "{{plural of|en|", "{{inflection of|de|", "<q:", "\u0000", "\uFFFF", "ä"};

    @Test
    void mutatedPagesNeverDefeatTheParser() {
        Random random = new Random(20261130);
        EnglishPageParser parser = new EnglishPageParser();
        List<org.aqea.testing.DumpFiles.Page> pages = new EnglishPages(7).pages(600);
        int parsed = 0;
        for (int round = 0; round < 5; round++) {
            for (org.aqea.testing.DumpFiles.Page page : pages) {
                String text = Mutations.mutate(page.text(), DEBRIS, random);
                DumpPage mutated = new DumpPage(page.title(), 0, page.id(), 1, "", text, null);
                try {
                    List<LexicalEntry> entries = parser.parseStrict(mutated, PageBudget.UNLIMITED);
                    assertEquals(entries, parser.parse(mutated));
                } catch (RuntimeException e) {
                    fail("the parser failed on a mutated page: " + e + "\n" + text, e);
                }
                parsed++;
            }
        }
        assertEquals(3_000, parsed);
    }

    @Test
    void aLanguageTheTableDoesNotKnowIsNamedInAWarning() {
        List<LexicalEntry> entries = Snippets.parse("x", "==Klingonish==\n===Noun===\n# a word\n");
        assertEquals(List.of("no language code known for 'Klingonish'"), entries.get(0).warnings());
    }
}
