package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.testing.EnglishPages;
import org.aqea.testing.Mutations;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.RealPages;
import org.aqea.edition.LanguageTables;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.lexicon.TakenLanguages;
import java.util.ArrayList;
import java.util.regex.Pattern;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

/** Thousands of randomly mutated English pages: the parser copes with each, and names what it could not read. */
class RobustnessTest {

    private static final String[] DEBRIS = {"{{", "}}", "[[", "]]", "|", "=", "==", "===", "====", "\n", "<!--", "-->",
            "<ref>", "</ref>", "#", "##", "#:", "#*", "#*:", "{{trans-top|", "{{trans-bottom}}", "{{t+|", "{{lb|en|",
            "{{en-noun|", "{{en-verb|", "{{inh|en|", "{{col3|en|", "{{sense|", "* German:", "*: Mandarin:", "===Etymology 2===",
            "====Noun====", "==Klingonish==", "{{plural of|en|", "{{inflection of|de|", "<q:", "\u0000", "\uFFFF", "ä"};

    /** {@code ==German==}: the language's name, at level 2 only. */
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^==([^=\n]+)==\\s*$");

    /**
     * Generated pages and every real page, each with its languages drawn from the edition's whole table (or made up)
     * and then damaged: the whole pipeline (parser, classifier, validation, description) takes every one.
     */
    @Test
    void mutatedPagesNeverDefeatThePipeline() throws Exception {
        Random random = new Random(20261130);
        ExtractionPipeline pipeline = new ExtractionPipeline(new EnglishPageParser(), TakenLanguages.ALL);
        List<String> languages = LanguageTables.canonicalNames("en");
        List<DumpFiles.Page> pages = new ArrayList<>(new EnglishPages(7).pages(600));
        List<DumpFiles.Page> real = RealPages.all("en");
        assertTrue(real.size() >= 90, "real pages: " + real.size());
        pages.addAll(real);
        int extracted = Mutations.extractEveryDamagedPage(pipeline, pages, LANGUAGE, languages, DEBRIS, random);
        assertEquals(5 * pages.size(), extracted);
    }

    @Test
    void aLanguageTheTableDoesNotKnowIsNamedInAWarning() {
        List<LexicalEntry> entries = Snippets.parse("x", "==Klingonish==\n===Noun===\n# a word\n");
        assertEquals(List.of("no language code known for 'Klingonish'"), entries.get(0).warnings());
    }
}
