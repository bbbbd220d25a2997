package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Sense;
import org.junit.jupiter.api.Test;

class PageStructureTest {

    private static final String BANK = """
            {{also|Bank}}
            ==English==
            {{wikipedia}}

            ===Pronunciation===
            * {{a|en|UK}} {{IPA|en|/bæŋk/}}
            * {{audio|en|en-us-bank.ogg|a=US}}

            ===Etymology 1===
            From {{inh|en|enm|banke}}, from {{der|en|fro|banc|t=bench}}.

            ====Noun====
            {{en-noun}}

            # An [[institution]] where one can place and borrow [[money]].
            # A [[building]] of such an institution.

            =====Translations=====
            {{trans-top|institution}}
            * German: {{t+|de|Bank|f}}
            {{trans-bottom}}

            ====Verb====
            {{en-verb}}

            # {{lb|en|transitive}} To [[deposit]] in a bank.

            ===Etymology 2===
            From {{inh|en|enm|banke}}, of Germanic origin.

            ====Noun====
            {{en-noun}}

            # The [[edge]] of a [[river]].

            ===Anagrams===
            * {{anagrams|en|a=abkn|knab}}

            ==German==

            ===Etymology===
            From {{inh|de|gmh|banc}}.

            ===Pronunciation===
            * {{IPA|de|/baŋk/}}

            ===Noun===
            {{de-noun|f,-,Bänke}}

            # [[bench]]

            ==Old Klingonish==

            ===Noun===
            {{head|xx|noun}}

            # a made-up word
            """;

    @Test
    void languagesEtymologiesAndPartsOfSpeechMakeOneEntryEach() {
        List<LexicalEntry> entries = Snippets.parse("bank", BANK);
        assertEquals(List.of("en noun", "en verb", "en noun", "de noun", "null noun"),
                entries.stream().map(e -> e.langCode() + " " + e.pos()).toList());
        assertEquals(List.of(0, 1, 2, 3, 4), entries.stream().map(e -> e.source().headingIndex()).toList());
        assertEquals("English", entries.get(0).lang());
        assertEquals("German", entries.get(3).lang());
        assertEquals("en", entries.get(0).source().edition());
    }

    @Test
    void aNumberedEtymologyGivesItsTextToItsPartsOfSpeechOnly() {
        List<LexicalEntry> entries = Snippets.parse("bank", BANK);
        assertEquals("From Middle English banke, from Old French banc (“bench”).", entries.get(0).etymology());
        assertEquals(entries.get(0).etymology(), entries.get(1).etymology());
        assertEquals("From Middle English banke, of Germanic origin.", entries.get(2).etymology());
        assertEquals("From Middle High German banc.", entries.get(3).etymology());
    }

    @Test
    void aPronunciationAboveTheEtymologiesServesAllOfThem() {
        List<LexicalEntry> entries = Snippets.parse("bank", BANK);
        for (LexicalEntry entry : entries.subList(0, 3)) {
            assertEquals(List.of("/bæŋk/"), entry.ipa());
            assertEquals(List.of("en-us-bank.ogg"), entry.audio());
        }
        assertEquals(List.of("/baŋk/"), entries.get(3).ipa());
    }

    @Test
    void sectionsAfterAPartOfSpeechAreItsOwn() {
        List<LexicalEntry> entries = Snippets.parse("bank", BANK);
        assertEquals(1, entries.get(0).translations().size());
        assertEquals(List.of(), entries.get(1).translations());
        assertEquals(List.of("1", "2"), entries.get(0).senses().stream().map(Sense::id).toList());
        assertEquals(List.of("f"), entries.get(3).genders());
    }

    @Test
    void anUnknownLanguageKeepsItsNameWithAWarning() {
        LexicalEntry entry = Snippets.parse("bank", BANK).get(4);
        assertEquals("Old Klingonish", entry.lang());
        assertNull(entry.langCode());
        assertTrue(entry.warnings().contains("no language code known for 'Old Klingonish'"), entry.warnings().toString());
    }

    @Test
    void partsOfSpeechAtEveryLevelAndTheirVocabulary() {
        String page = """
                ==English==
                ===Proper noun===
                {{en-prop}}
                # A [[name]].
                ===Etymology 1===
                ====Prepositional phrase====
                {{head|en|prepositional phrase}}
                # [[at]] [[all]]
                =====Idiom=====
                # an idiom heading is a part of speech wherever it stands
                ===Determiner===
                # [[some]]
                ===Classifier===
                # a counter
                ===Participle===
                # [[walked]]
                ===Frobnicator===
                # nothing
                """;
        List<LexicalEntry> entries = Snippets.parse("Name", page);
        assertEquals(List.of("name", "phrase", "phrase", "article", "num", "verb"), entries.stream().map(LexicalEntry::pos).toList());
        assertEquals(List.of("Prepositional phrase"), entries.get(1).posRaw());
        assertTrue(entries.get(5).warnings().contains("unknown section 'Frobnicator'"), entries.get(5).warnings().toString());
    }

    @Test
    void aPageWithoutLanguageSectionsHasNoEntries() {
        assertEquals(List.of(), Snippets.parse("x", "Just text.\n===Noun===\n# a sense\n"));
    }

    @Test
    void commentedOutLinesAreNotRead() {
        LexicalEntry entry = Snippets.english("dog", "Noun", "{{en-noun}}\n# a [[mammal]]<!-- # a hidden sense -->\n<!--\n# another\n-->\n");
        assertEquals(List.of("a mammal"), entry.senses().stream().map(Sense::gloss).toList());
    }
}
