package org.aqea.wikidata;

import org.aqea.lexicon.TakenLanguages;

import org.aqea.extraction.PageRejectedException;

import org.aqea.extraction.ExtractionPipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;
import org.aqea.dump.PageStream;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.testing.GeneratedLexemes;
import org.aqea.testing.Lexemes;
import org.aqea.testing.Mutations;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken lexemes, as a dump could hold them: each is read as a page, mapped or refused with a reason (an
 * {@link IllegalArgumentException} the job records as a rejected page), never an error that escapes the job's
 * rejection; the index of the run skips what it cannot read.
 */
class RobustnessTest {

    private static final String[] DEBRIS = {"{", "}", "[", "]", ",", ":", "\"", "\"Q1084\"", "\"L1-S1\"", "null", "12",
            "\"lexeme\"", "\"item\"", "\"mainsnak\"", "\"datavalue\"", "\"value\"", "\"id\"", "\"rank\"", "\"deprecated\"",
            "\\u0000", "\\uD800", "ä", "\n"};

    @TempDir
    Path directory;

    private List<DumpPage> pages(List<String> lines) throws IOException {
        Path file = directory.resolve("lexemes-" + System.nanoTime() + ".json");
        Files.writeString(file, Lexemes.dump(lines), StandardCharsets.UTF_8);
        return Lexemes.pagesOf(file);
    }

    @Test
    void mutatedLexemesAreMappedOrRefusedWithAReason() throws IOException {
        Random random = new Random(20261130);
        List<String> lines = new ArrayList<>();
        for (String line : new GeneratedLexemes(3).lexemes(600)) {
            for (int round = 0; round < 5; round++) {
                // A newline would split the line into two: the dump's lines are what is mutated here. A line
                // mutated away to nothing is no entity (a blank line is skipped).
                String mutated = Mutations.mutate(line, DEBRIS, random).replace('\n', ' ');
                if (!mutated.isBlank() && !mutated.strip().equals("]")) {
                    lines.add(mutated);
                }
            }
        }
        List<DumpPage> pages = pages(lines);
        assertEquals(lines.size(), pages.size(), "a page for each line");
        PageParser parser = new WikidataEdition().parsersOfRun(java.util.Map.of(), pages::forEach).get();
        int refused = 0;
        for (DumpPage page : pages) {
            try {
                List<LexicalEntry> entries = parser.parse(page, PageBudget.UNLIMITED);
                assertTrue(entries.size() <= 1);
            } catch (IllegalArgumentException e) {
                refused++;
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), () -> "a reason: " + e);
            }
            try {
                assertTrue(new ExtractionPipeline(parser, TakenLanguages.ALL).of(page, PageBudget.UNLIMITED).size() <= 1);
            } catch (PageRejectedException e) {
                assertTrue(e.getMessage().startsWith("the page could not be extracted: "), e.getMessage());
            }
        }
        int all = pages.size();
        assertTrue(refused > 0 && refused < all, () -> "some refused, not all: " + all);
    }

    @Test
    void aLineAfterTheClosingBracketFailsTheDumpInsteadOfBeingIgnored() throws IOException {
        Path file = directory.resolve("after-end.json");
        Files.writeString(file, "[\n" + Lexemes.lexeme("L1", "de", "Hund", "Q188", "Q1084").json() + "\n]\n"
                + Lexemes.lexeme("L2", "de", "Katze", "Q188", "Q1084").json() + "\n");
        try (PageStream stream = new WikidataEdition().openDump(file)) {
            assertEquals("Hund", stream.nextPage().title());
            IOException after = assertThrows(IOException.class, stream::nextPage);
            assertTrue(after.getMessage().contains("line 4 follows the dump's closing ']'"), after.getMessage());
        }
    }

    @Test
    void deeplyNestedJsonIsRefusedNotAStackOverflow() throws IOException {
        String nested = "{\"type\":\"lexeme\",\"id\":\"L1\",\"claims\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<DumpPage> pages = pages(List.of(nested));
        PageParser parser = new WikidataEdition().newParser();
        assertThrows(IllegalArgumentException.class, () -> parser.parse(pages.get(0), PageBudget.UNLIMITED));
    }

    @Test
    void aGiantLexemeIsMappedWholeAndALineOverTheLimitIsReadPastAndCut() throws IOException {
        Lexemes giant = Lexemes.lexeme("L1", "de", "Riese", "Q188", "Q1084").gender("Q499327");
        for (int i = 0; i < 5_000; i++) {
            giant.form("Riese" + i, List.of("Q131105", "Q110786"), null);
        }
        for (int i = 0; i < 2_000; i++) {
            giant.sense("de", "Bedeutung " + i);
        }
        String overLimit = Lexemes.lexeme("L2", "de", "Übergroß", "Q188", "Q1084")
                .sense("de", "x".repeat(DumpReader.MAX_TEXT_CHARS)).json();
        List<DumpPage> pages = pages(List.of(giant.json(), overLimit, Lexemes.lexeme("L3", "de", "Danach", "Q188", "Q1084").json()));
        LexicalEntry riese = new WikidataEdition().newParser().parse(pages.get(0), PageBudget.UNLIMITED).get(0);
        assertEquals(5_000, riese.forms().size());
        assertEquals(2_000, riese.senses().size());
        assertTrue(pages.get(1).textCut(), "the reader keeps only the beginning of a line over the limit");
        assertEquals("line 3", pages.get(1).title());
        assertTrue(pages.get(1).textLength() > DumpReader.MAX_TEXT_CHARS);
        assertEquals("Danach", pages.get(2).title(), "the line after it is read as usual");
    }
}
