package org.aqea.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;

class EditionsTest {

    @Test
    void theEditionsAreRegisteredByTheirCodes() {
        assertEquals(Set.of("de", "en"), Editions.codes());
        assertEquals("German Wiktionary", Editions.of("de").orElseThrow().name());
        assertEquals("English Wiktionary", Editions.of("en").orElseThrow().name());
        assertTrue(Editions.of("xx").isEmpty());
        assertTrue(Editions.of(null).isEmpty());
    }

    @Test
    void anEditionsParserReadsItsPagesAndEachCallGivesAParserOfItsOwn() {
        Edition german = Editions.of("de").orElseThrow();
        PageParser parser = german.newParser();
        assertTrue(parser != german.newParser(), "a parser serves one thread");
        DumpPage page = new DumpPage("Haus", 0, 1, 2, "", """
                == Haus ({{Sprache|Deutsch}}) ==
                === {{Wortart|Substantiv|Deutsch}}, {{n}} ===
                {{Bedeutungen}}
                :[1] Gebäude
                """, null);
        List<LexicalEntry> entries = parser.parseStrict(page, PageBudget.UNLIMITED);
        assertEquals(1, entries.size());
        assertEquals("de", entries.get(0).source().edition());
        assertEquals(entries, parser.parse(page));
    }
}
