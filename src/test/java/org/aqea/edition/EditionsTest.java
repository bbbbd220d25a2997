package org.aqea.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;

class EditionsTest {

    @Test
    void theEditionsAreRegisteredByTheirCodes() {
        assertEquals(Set.of("de", "en", "es", "fr", "it", "nl", "pt", "wikidata", "panlex"), Editions.codes());
        assertEquals("German Wiktionary", Editions.of("de").orElseThrow().name());
        assertEquals("English Wiktionary", Editions.of("en").orElseThrow().name());
        assertEquals("Wikidata Lexemes", Editions.of("wikidata").orElseThrow().name());
        assertTrue(Editions.of("xx").isEmpty());
        assertTrue(Editions.of(null).isEmpty());
    }

    @Test
    void eachEditionSaysWhichDumpsAreItsOwnAndComplete() {
        Edition german = Editions.of("de").orElseThrow();
        Edition wikidata = Editions.of("wikidata").orElseThrow();
        assertEquals("wiktionary-dump", german.jobSource());
        assertEquals("wikidata-lexemes", wikidata.jobSource());
        assertTrue(german.isFullDump("dewiktionary-20241020-pages-articles-multistream.xml.bz2", Optional.of("dewiktionary")));
        assertTrue(!german.isFullDump("dewiktionary-20241020-pages-articles.xml.bz2", Optional.of("enwiktionary")));
        assertTrue(!german.isFullDump("some-pages.xml.bz2", Optional.of("dewiktionary")));
        assertTrue(wikidata.isFullDump("latest-lexemes.json.bz2", Optional.of("wikidatawiki")));
        assertTrue(wikidata.isFullDump("wikidata-20261125-lexemes.json.gz", Optional.of("wikidatawiki")));
        assertTrue(!wikidata.isFullDump("some-lexemes.json.bz2", Optional.of("wikidatawiki")));
        assertEquals(Optional.of("the dump is of enwiktionary, not of dewiktionary: read it with the edition 'en'"),
                german.dumpMismatch(Optional.of("enwiktionary")));
        assertEquals(Optional.empty(), german.dumpMismatch(Optional.empty()));
        assertEquals("https://www.wikidata.org/wiki/Lexeme:L1347", wikidata.pageUrl("Hund", 1347));
        assertEquals(Optional.of("L1347"), wikidata.sourceId(1347));
        assertEquals("https://de.wiktionary.org/wiki/Hund_und_Katz", german.pageUrl("Hund und Katz", 1));
        assertEquals(Optional.empty(), german.sourceId(1));
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
        List<LexicalEntry> entries = parser.parse(page, PageBudget.UNLIMITED);
        assertEquals(1, entries.size());
        assertEquals("de", entries.get(0).source().edition());
    }
}
