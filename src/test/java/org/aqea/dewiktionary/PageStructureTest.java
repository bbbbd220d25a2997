package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.junit.jupiter.api.Test;

/** Language sections, part-of-speech headings and the source of each entry. */
class PageStructureTest {

    /** An older page of {@code Keks} writes its etymology with entities. */
    @Test
    void entitiesInTheEtymologyAreDecoded() {
        LexicalEntry keks = Pages.parse("Keks", """
                == Keks ({{Sprache|Deutsch}}) ==
                === {{Wortart|Substantiv|Deutsch}}, {{m}} ===
                {{Herkunft}}
                :im 20.&nbsp;Jahrhunderts von [[englisch]] ''cakes'' &ndash; Plural von ''cake''&#8230;
                {{Bedeutungen}}
                :[1] ein [[Gebäck]]
                """).get(0);
        assertEquals("im 20. Jahrhunderts von englisch cakes – Plural von cake…", keks.etymology());
    }

    @Test
    void everyPartOfSpeechOfEveryLanguageIsAnEntry() {
        List<LexicalEntry> entries = Pages.fixture("Kind");
        assertEquals(2, entries.size());
        LexicalEntry german = entries.get(0);
        assertEquals("Kind", german.word());
        assertEquals("Deutsch", german.lang());
        assertEquals("de", german.langCode());
        assertEquals("noun", german.pos());
        assertEquals(List.of("n"), german.genders());
        assertEquals(0, german.source().headingIndex());
        assertEquals(42, german.source().pageId());
        assertEquals(4242, german.source().revisionId());
        LexicalEntry english = entries.get(1);
        assertEquals("en", english.langCode());
        assertEquals("adj", english.pos());
        assertEquals(1, english.source().headingIndex());
    }

    @Test
    void severalWortartenTakeTheMostSpecificClassAndKeepAllNames() {
        LexicalEntry entry = Pages.parse("Schmidt", """
                == Schmidt ({{Sprache|Deutsch}}) ==
                === {{Wortart|Substantiv|Deutsch}}, {{Wortart|Nachname|Deutsch}}, {{mf}} ===
                {{Bedeutungen}}
                :[1] ein Familienname
                """).get(0);
        assertEquals("name", entry.pos());
        assertEquals(List.of("Substantiv", "Nachname"), entry.posRaw());
        assertEquals(List.of("m", "f"), entry.genders());
    }

    @Test
    void severalPartsOfSpeechInOneLanguageGiveSeveralEntries() {
        List<LexicalEntry> entries = Pages.parse("laut", """
                == laut ({{Sprache|Deutsch}}) ==
                === {{Wortart|Adjektiv|Deutsch}} ===
                {{Bedeutungen}}
                :[1] mit großer Lautstärke
                === {{Wortart|Präposition|Deutsch}} ===
                {{Bedeutungen}}
                :[1] gemäß
                """);
        assertEquals(List.of("adj", "prep"), entries.stream().map(LexicalEntry::pos).toList());
        assertEquals(List.of(0, 1), entries.stream().map(e -> e.source().headingIndex()).toList());
    }

    @Test
    void inflectedFormPagesPointToTheirLemma() {
        LexicalEntry entry = Pages.parse("Kindes", """
                == Kindes ({{Sprache|Deutsch}}) ==
                === {{Wortart|Deklinierte Form|Deutsch}} ===
                {{Worttrennung}}
                :Kin·des
                {{Grammatische Merkmale}}
                *Genitiv Singular des Substantivs '''[[Kind]]'''
                {{Grundformverweis Dekl|Kind}}
                """).get(0);
        assertEquals("form", entry.pos());
        assertEquals("Kind", entry.formOf());
        assertEquals(List.of("Kin", "des"), entry.hyphenation());
    }

    @Test
    void oldLayoutsWithSeparatorsAndWithoutLanguageInWortartAreRead() {
        List<LexicalEntry> entries = Pages.parse("Hund", """
                == Hund ({{Sprache|Deutsch}}) ==
                === {{Wortart|Substantiv}}, {{m}} ===
                {{Substantiv-Tabelle|Wer oder was? (Einzahl)=der Hund|Wer oder was? (Mehrzahl)=die Hunde|Wessen? (Einzahl)=des Hundes}}
                {{Silbentrennung}}
                :Hund, {{Pl.}} Hun·de
                {{Bedeutungen}}
                :[1] ein Haustier
                {{----}}
                === {{Wortart|Substantiv}}, {{m}} ===
                {{Bedeutungen}}
                :[1] Förderwagen im Bergbau
                [[en:Hund]]
                """);
        assertEquals(2, entries.size());
        LexicalEntry first = entries.get(0);
        assertEquals(List.of("Hund"), first.hyphenation());
        assertTrue(first.forms().stream().anyMatch(f -> f.form().equals("die Hunde") && f.tags().contains("plural")
                && f.tags().contains("nominative")), first.forms().toString());
        assertEquals("Förderwagen im Bergbau", entries.get(1).senses().get(0).gloss());
    }

    @Test
    void textBeforeTheFirstLanguageAndUnknownLanguagesDoNotBreakTheParse() {
        List<LexicalEntry> entries = Pages.parse("xyz", """
                {{Wort der Woche}}
                == xyz ({{Sprache|Erfundenisch}}) ==
                === {{Wortart|Substantiv|Erfundenisch}} ===
                {{Bedeutungen}}
                :[1] etwas
                """);
        assertEquals(1, entries.size());
        assertNull(entries.get(0).langCode());
        assertTrue(entries.get(0).warnings().get(0).contains("Erfundenisch"));
    }

    @Test
    void aHeadingWithoutWortartIsKeptWithAWarning() {
        LexicalEntry entry = Pages.parse("Foo", """
                == Foo ({{Sprache|Deutsch}}) ==
                === Substantiv ===
                {{Bedeutungen}}
                :[1] etwas
                """).get(0);
        assertEquals("unknown", entry.pos());
        assertTrue(entry.warnings().contains("part-of-speech heading without {{Wortart}}"));
    }
}
