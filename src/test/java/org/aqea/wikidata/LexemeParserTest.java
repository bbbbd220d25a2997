package org.aqea.wikidata;

import org.aqea.extraction.PageRejectedException;

import org.aqea.extraction.ExtractionPipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.aqea.address.AqeaConverter;
import org.aqea.address.KeyedEntry;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.lexicon.Translation;
import org.aqea.testing.Lexemes;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexemeParserTest {

    private static final String GERMAN = "Q188";
    private static final String ENGLISH = "Q1860";
    private static final String NOUN = "Q1084";
    private static final String VERB = "Q24905";

    @TempDir
    Path directory;

    static List<String> sample() {
        return List.of(
                Lexemes.lexeme("L1", "de", "Hund", GERMAN, NOUN).gender("Q499327").hyphenation("Hund")
                        .form("Hund", List.of("Q110786", "Q131105"), "hʊnt")
                        .form("Hundes", List.of("Q146233", "Q110786"), null)
                        .form("Hunde", List.of("Q146786", "Q131105"), "ˈhʊndə")
                        .sense("de", "ein Haustier, das bellt", "en", "a domestic animal that barks")
                        .senseLink("P5137", "Q144").senseLink("P5972", "L2-S1").senseLink("P5973", "L3-S1")
                        .sense("en", "a contemptible man")
                        .example("Der Hund bellt.", "S1").example("Ein Hund.", null).json(),
                Lexemes.lexeme("L2", "en", "dog", ENGLISH, NOUN).sense("en", "a domestic animal")
                        .senseLink("P5972", "L1-S1").json(),
                Lexemes.lexeme("L3", "de", "Köter", GERMAN, NOUN).gender("Q499327").sense("de", "abwertend: Hund").json(),
                Lexemes.lexeme("L4", "de", "gehen", GERMAN, VERB).hyphenation("ge‧hen")
                        .form("gehe", List.of("Q110786", "Q21714344", "Q192613", "Q682111"), null)
                        .form("ging", List.of("Q442485", "Q51929074", "Q110786"), null)
                        .sense("de", "sich zu Fuß fortbewegen").json(),
                Lexemes.lexeme("L7", "de", "Bank", GERMAN, NOUN).gender("Q1775415").sense("de", "Geldinstitut").json(),
                Lexemes.lexeme("L5", "de", "Bank", GERMAN, NOUN).gender("Q1775415").sense("de", "Sitzmöbel").json(),
                Lexemes.lexeme("L6", "bn", "কুকুর", "Q9610", NOUN).sense("en", "dog").json(),
                Lexemes.lexeme("L8", "de", "Dings", GERMAN, "Q99999999").form("Dings", List.of("Q88888888"), null).json(),
                "{\"type\":\"item\",\"id\":\"Q42\",\"labels\":{}}",
                "this is not JSON");
    }

    private Path dump(List<String> entities) throws IOException {
        Path file = directory.resolve("latest-lexemes.json");
        Files.writeString(file, Lexemes.dump(entities), StandardCharsets.UTF_8);
        return file;
    }

    private record Parsed(PageParser parser, List<DumpPage> pages) {
        LexicalEntry entry(String lexemeId) {
            DumpPage page = pages.stream().filter(p -> p.pageId() == Long.parseLong(lexemeId.substring(1))).findFirst().orElseThrow();
            List<LexicalEntry> entries = parser.parse(page, PageBudget.UNLIMITED);
            assertEquals(1, entries.size(), entries.toString());
            return entries.get(0);
        }
    }

    private Parsed parse(List<String> entities) throws IOException {
        WikidataEdition edition = new WikidataEdition();
        Path file = dump(entities);
        List<DumpPage> pages = Lexemes.pagesOf(file);
        Supplier<PageParser> parsers = edition.parsersOfRun(java.util.Map.of(), consumer -> pages.forEach(consumer));
        return new Parsed(parsers.get(), pages);
    }

    @Test
    void readsTheDumpAsOnePageALexemeNamedByItsLemma() throws IOException {
        List<DumpPage> pages = Lexemes.pagesOf(dump(sample()));
        assertEquals(List.of("Hund", "dog", "Köter", "gehen", "Bank", "Bank", "কুকুর", "Dings", "Q42", "line 11"),
                pages.stream().map(DumpPage::title).toList());
        DumpPage hund = pages.get(0);
        assertEquals(1, hund.pageId());
        assertEquals(17, hund.revisionId());
        assertEquals("2026-11-01T12:00:00Z", hund.timestamp());
        assertEquals(LexemeDumpReader.LEXEME_NAMESPACE, hund.namespace());
    }

    @Test
    void aNounWithGenderFormsIpaHyphenationSensesAndExamples() throws IOException {
        LexicalEntry hund = parse(sample()).entry("L1");
        assertEquals("Hund", hund.word());
        assertEquals("de", hund.langCode());
        assertEquals("German", hund.lang());
        assertEquals("noun", hund.pos());
        assertEquals(List.of("m"), hund.genders());
        assertEquals(List.of("Hund"), hund.hyphenation());
        assertEquals(List.of("hʊnt"), hund.ipa());
        assertEquals(List.of(new Form("Hund", List.of("nominative", "singular"), List.of("hʊnt")),
                new Form("Hundes", List.of("genitive", "singular"), List.of()),
                new Form("Hunde", List.of("nominative", "plural"), List.of("ˈhʊndə"))), hund.forms());
        assertEquals(new Sense("S1", "ein Haustier, das bellt", List.of(), List.of("Der Hund bellt.", "Ein Hund."), "Q144", null),
                hund.senses().get(0));
        assertEquals("a contemptible man", hund.senses().get(1).gloss(), "English where the lexeme's language has none");
        assertEquals("wikidata", hund.source().edition());
        assertEquals(1, hund.source().pageId());
        assertEquals(17, hund.source().revisionId());
        assertEquals("2026-11-01T12:00:00Z", hund.source().modified());
        assertTrue(hund.warnings().isEmpty(), hund.warnings().toString());
    }

    @Test
    void translationsAndSynonymsBetweenSensesResolvedToLemmaAndLanguage() throws IOException {
        Parsed parsed = parse(sample());
        LexicalEntry hund = parsed.entry("L1");
        assertEquals(List.of(new Translation("en", "dog", List.of("S1"), null, false)), hund.translations());
        assertEquals(List.of(new LinkedTerm("Köter", List.of("S1"))), hund.synonyms());
        assertEquals(List.of(new Translation("de", "Hund", List.of("S1"), null, false)), parsed.entry("L2").translations());
    }

    @Test
    void aVerbsFormsTaggedInTheEditionsOrder() throws IOException {
        LexicalEntry gehen = parse(sample()).entry("L4");
        assertEquals("verb", gehen.pos());
        assertEquals(List.of("ge", "hen"), gehen.hyphenation());
        assertEquals(List.of("present", "indicative", "first-person", "singular"), gehen.forms().get(0).tags());
        assertEquals(List.of("preterite", "third-person", "singular"), gehen.forms().get(1).tags());
    }

    @Test
    void homographsCountInLexemeIdOrderWhateverTheDumpOrder() throws IOException {
        Parsed parsed = parse(sample());
        assertEquals(0, parsed.entry("L5").source().homographsBefore());
        assertEquals(1, parsed.entry("L7").source().homographsBefore());
        List<KeyedEntry> banks = new AqeaConverter().lexemesOfPage(List.of(parsed.entry("L7")));
        assertEquals("de|Bank|01|f|1", banks.get(0).request().key().text(), "the later lexeme is the second homograph");
    }

    @Test
    void unknownItemsKeptAsIdsWithAWarning() throws IOException {
        LexicalEntry dings = parse(sample()).entry("L8");
        assertEquals("unknown", dings.pos());
        assertEquals(List.of("Q99999999"), dings.posRaw());
        assertEquals(List.of("Q88888888"), dings.forms().get(0).tags());
        assertEquals(2, dings.warnings().size(), dings.warnings().toString());
    }

    @Test
    void aLexemeOfALanguageWithoutAqeaDomainIsMappedAndLeftOutByTheEditionsDefaultLanguages() throws IOException {
        Parsed parsed = parse(sample());
        LexicalEntry bengali = parsed.entry("L6");
        assertEquals("bn", bengali.langCode());
        TakenLanguages byDefault = new TakenLanguages(new WikidataEdition().defaultLanguages());
        assertEquals(List.of(), byDefault.of(List.of(bengali)));
        assertEquals(List.of(bengali), new TakenLanguages(Optional.of(Set.of("bn"))).of(List.of(bengali)));
        assertEquals(List.of(parsed.entry("L1")), byDefault.of(List.of(parsed.entry("L1"))));
    }

    @Test
    void entitiesThatAreNotLexemesAndLinesThatAreNotJsonAreRefusedByName() throws IOException {
        Parsed parsed = parse(sample());
        DumpPage item = parsed.pages().get(8);
        DumpPage garbage = parsed.pages().get(9);
        IllegalArgumentException notLexeme = assertThrows(IllegalArgumentException.class,
                () -> parsed.parser().parse(item, PageBudget.UNLIMITED));
        assertTrue(notLexeme.getMessage().contains("Q42 is not a lexeme"), notLexeme.getMessage());
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> parsed.parser().parse(garbage, PageBudget.UNLIMITED));
        assertTrue(notJson.getMessage().startsWith("line 11 of the dump"), notJson.getMessage());
        PageRejectedException rejected = assertThrows(PageRejectedException.class, () -> new ExtractionPipeline(
                parsed.parser(), TakenLanguages.ALL).of(garbage, PageBudget.UNLIMITED), "the job and the offline command reject it");
        assertTrue(rejected.getMessage().contains("line 11 of the dump"), rejected.getMessage());
    }

    @Test
    void aTruncatedDumpFailsAndAnXmlDumpIsRefusedAtOnce() throws IOException {
        String whole = Lexemes.dump(sample());
        Path truncated = directory.resolve("truncated.json");
        Files.writeString(truncated, whole.substring(0, whole.indexOf("\"L4\"")), StandardCharsets.UTF_8);
        IOException cut = assertThrows(IOException.class, () -> Lexemes.pagesOf(truncated));
        assertTrue(cut.getMessage().contains("without its closing ']'"), cut.getMessage());

        Path xml = directory.resolve("dewiktionary.xml");
        Files.writeString(xml, "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\"></mediawiki>");
        IOException refused = assertThrows(IOException.class, () -> new WikidataEdition().openDump(xml));
        assertTrue(refused.getMessage().contains("not a Wikidata lexemes dump"), refused.getMessage());
    }
}
