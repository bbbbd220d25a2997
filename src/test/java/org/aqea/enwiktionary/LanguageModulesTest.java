package org.aqea.enwiktionary;

import org.aqea.wikitext.PageBudget;

import org.aqea.edition.LanguageTable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.junit.jupiter.api.Test;

class LanguageModulesTest {

    /** Written for this test in the form of the wiki's data modules. */
    private static final String MODULE = """
            local m = {}

            -- a comment with m["xx"] = {"Not a language"} in it
            m["tlh"] = {
            	"Klingonish",
            	10134,
            	"art",
            	"Latn, Piqd",
            	aliases = {"Klingonese", 'tlhIngan Hol'},
            	otherNames = {"Klingon language"},
            	entry_name = {remove_diacritics = "’"},
            	ancestors = {"art-pro"},
            }

            m["qya"] = {"Quenyish", nil, "art", type = "appendix-constructed", sort_key = {from = {"[\\"’]"}, to = {""}}}

            m["art-ogh"] = {canonicalName = "Old Klingonish", parent = "tlh"}

            m["broken"] = {"Unclosed

            return m
            """;

    @Test
    void codesCanonicalNamesAndOtherNames() {
        List<LanguageTable.Language> languages = LanguageModules.read(MODULE);
        assertEquals(List.of(
                new LanguageTable.Language("tlh", "Klingonish", List.of("Klingonese", "tlhIngan Hol", "Klingon language")),
                new LanguageTable.Language("qya", "Quenyish", List.of()),
                new LanguageTable.Language("art-ogh", "Old Klingonish", List.of())), languages);
    }

    @Test
    void aDumpsModulesNameTheLanguagesOfItsHeadingsAndEtymologies() {
        EnglishPageParser parser = new EnglishPageParser(LanguageNames.withModules(List.of(MODULE)));
        List<LexicalEntry> entries = parser.parse(new DumpPage("qapla", 0, 1, 2, "", """
                ==Klingonish==
                ===Etymology===
                From {{inh|tlh|art-ogh|qapla}}.
                ===Interjection===
                # [[success]]
                ==Klingonese==
                ===Noun===
                # a word
                ==German==
                ===Noun===
                # a word
                """, null), PageBudget.UNLIMITED);
        assertEquals(List.of("tlh", "tlh", "de"), entries.stream().map(LexicalEntry::langCode).toList());
        assertEquals("From Old Klingonish qapla.", entries.get(0).etymology());
        assertEquals(List.of(), entries.get(0).warnings());
    }

    @Test
    void withoutModulesTheBundledTableServes() {
        assertEquals(LanguageNames.bundled(), LanguageNames.withModules(List.of()));
        assertEquals("de", LanguageNames.bundled().codeOf("German"));
        assertEquals(null, LanguageNames.bundled().codeOf("Klingonish"));
    }
}
