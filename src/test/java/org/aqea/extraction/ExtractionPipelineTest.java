package org.aqea.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.enwiktionary.EnglishPageParser;
import org.aqea.frwiktionary.FrenchPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.quality.QualityRule;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;

class ExtractionPipelineTest {

    private static final String HUND = """
            == Hund ({{Sprache|Deutsch}}) ==
            === {{Wortart|Substantiv|Deutsch}}, {{m}} ===
            {{Bedeutungen}}
            :[1] ein [[Haustier]]
            """;

    /** A parser that fails as a page can make any step fail: the German parser for every other page. */
    private static final class FailingOn implements PageParser {
        private final String title;
        private final java.util.function.Supplier<Throwable> failure;
        private final GermanPageParser german = new GermanPageParser();

        FailingOn(String title, java.util.function.Supplier<Throwable> failure) {
            this.title = title;
            this.failure = failure;
        }

        @Override
        public String edition() {
            return "de";
        }

        @Override
        public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
            if (page.title().equals(title)) {
                Throwable thrown = failure.get();
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) thrown;
            }
            return german.parse(page, budget);
        }
    }

    private static DumpPage page(String title, String text) {
        return new DumpPage(title, 0, title.length(), 7, "", text, null);
    }

    @Test
    void aPageThatDefeatsTheParserIsRejectedWithItsReasonAndTheNextOneGoesOn() throws Exception {
        ExtractionPipeline pipeline = new ExtractionPipeline(new FailingOn("Katze",
                () -> new IllegalStateException("a bug")), TakenLanguages.ALL);
        PageRejectedException rejected = assertThrows(PageRejectedException.class,
                () -> pipeline.of(page("Katze", HUND), PageBudget.UNLIMITED));
        assertTrue(rejected.getMessage().contains("IllegalStateException: a bug"), rejected.getMessage());
        assertEquals(1, pipeline.of(page("Hund", HUND), PageBudget.UNLIMITED).size());
    }

    @Test
    void aStackOverflowRejectsThePageAlone() throws Exception {
        ExtractionPipeline pipeline = new ExtractionPipeline(new FailingOn("Katze", StackOverflowError::new),
                TakenLanguages.ALL);
        PageRejectedException rejected = assertThrows(PageRejectedException.class,
                () -> pipeline.of(page("Katze", HUND), PageBudget.UNLIMITED));
        assertTrue(rejected.getMessage().contains("StackOverflowError"), rejected.getMessage());
        assertEquals(1, pipeline.of(page("Hund", HUND), PageBudget.UNLIMITED).size());
    }

    @Test
    void aLanguageNoTableKnowsKeepsItsNameAndIsFlaggedWithoutAnAddress() throws Exception {
        ExtractionPipeline pipeline = new ExtractionPipeline(new GermanPageParser(), TakenLanguages.ALL);
        List<ExtractedEntry> entries = pipeline.of(page("qapla", """
                == qapla ({{Sprache|Klingonisch-Alt}}) ==
                === {{Wortart|Interjektion|Klingonisch-Alt}} ===
                {{Bedeutungen}}
                :[1] Erfolg!
                """), PageBudget.UNLIMITED);
        assertEquals(1, entries.size());
        ExtractedEntry entry = entries.get(0);
        assertEquals("Klingonisch-Alt", entry.entry().lang());
        assertNull(entry.entry().langCode());
        assertNull(entry.keyed().request(), "no address without a language code");
        assertEquals("unknown language 'Klingonisch-Alt'", entry.unallocated().reason());
        assertTrue(entry.unallocated().description().startsWith("Klingonisch-Alt"), entry.unallocated().description());
        assertTrue(entry.quality().rules().contains(QualityRule.UNKNOWN_LANGUAGE), entry.quality().toString());
    }

    @Test
    void oneFrenchLexemeHasOneKeyWhicheverEditionDescribesIt() throws Exception {
        ExtractedEntry fromFrench = new ExtractionPipeline(new FrenchPageParser(), TakenLanguages.ALL).of(page("chat", """
                == {{langue|fr}} ==
                === {{S|nom|fr}} ===
                {{fr-rég|ʃa}}
                '''chat''' {{pron|ʃa|fr}} {{m}}
                # [[mammifère|Mammifère]] carnivore domestique.
                """), PageBudget.UNLIMITED).get(0);
        ExtractedEntry fromEnglish = new ExtractionPipeline(new EnglishPageParser(), TakenLanguages.ALL).of(page("chat", """
                ==French==
                ===Noun===
                {{fr-noun|m}}
                # [[cat]]
                """), PageBudget.UNLIMITED).get(0);
        assertEquals(fromEnglish.keyed().request().key(), fromFrench.keyed().request().key());
        assertEquals("fr", fromFrench.entry().source().edition());
        assertEquals("en", fromEnglish.entry().source().edition());
    }

    @Test
    void aPageCutAtTheReadersLimitIsRejected() {
        DumpPage cut = new DumpPage("Lang", 0, 1, 2, "", "", null, 3_000_000);
        ExtractionPipeline pipeline = new ExtractionPipeline(new GermanPageParser(), TakenLanguages.ALL);
        PageRejectedException rejected = assertThrows(PageRejectedException.class, () -> pipeline.of(cut, PageBudget.UNLIMITED));
        assertTrue(rejected.getMessage().contains("3000000 characters"), rejected.getMessage());
    }
}
