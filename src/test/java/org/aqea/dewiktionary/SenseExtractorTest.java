package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Sense;
import org.junit.jupiter.api.Test;

class SenseExtractorTest {

    @Test
    void numberedSensesSubSensesLabelsAndExamples() {
        LexicalEntry entry = Pages.fixture("Kind").get(0);
        assertEquals(List.of("1", "2", "2a"), entry.senses().stream().map(Sense::id).toList());
        Sense first = entry.senses().get(0);
        assertEquals("junger Mensch, der noch nicht erwachsen ist", first.gloss(), "links resolved, footnote dropped");
        assertEquals(List.of("Biologie"), first.labels());
        assertEquals(List.of("Das Kind spielt im Garten.", "Die Kinder lachen."), first.examples());
        Sense sub = entry.senses().get(2);
        assertEquals("Sohn oder Tochter", sub.gloss());
        assertEquals(List.of("ugs."), sub.labels());
        assertEquals(List.of("Unser Kind studiert."), sub.examples());
    }

    @Test
    void commentedOutSensesAreIgnored() {
        LexicalEntry entry = Pages.fixture("Kind").get(0);
        assertTrue(entry.senses().stream().noneMatch(s -> s.gloss().contains("auskommentiert")));
    }

    @Test
    void groupingLinesLabelTheFollowingSensesAndAreNoSenses() {
        LexicalEntry entry = Pages.germanNoun("fahren", """
                {{Bedeutungen}}
                *{{K|intrans.}}
                :[1] sich fortbewegen
                :[2] reisen
                *{{K|trans.}}
                :[3] ein Fahrzeug lenken
                :[4a] {{K|Schifffahrt|ft=auf See}} segeln
                """);
        assertEquals(List.of("1", "2", "3", "4a"), entry.senses().stream().map(Sense::id).toList());
        assertEquals(List.of("intrans."), entry.senses().get(1).labels());
        assertEquals(List.of("trans."), entry.senses().get(2).labels());
        assertEquals(List.of("trans.", "Schifffahrt"), entry.senses().get(3).labels());
        assertEquals("segeln", entry.senses().get(3).gloss());
    }

    @Test
    void examplesForSeveralSensesAndRangesGoToEach() {
        LexicalEntry entry = Pages.germanNoun("Bank", """
                {{Bedeutungen}}
                :[1] Sitzmöbel
                :[2] Geldinstitut
                :[3] Sandbank
                {{Beispiele}}
                :[1–3] Ein ''Beispiel'' für alle.<ref>Quelle</ref>
                :[2] Ich gehe zur [[Bank]].
                :[9] Ein Beispiel ohne Bedeutung.
                """);
        assertEquals(List.of("Ein Beispiel für alle."), entry.senses().get(0).examples());
        assertEquals(List.of("Ein Beispiel für alle.", "Ich gehe zur Bank."), entry.senses().get(1).examples());
        assertTrue(entry.warnings().stream().anyMatch(w -> w.contains("[9]")));
    }

    @Test
    void senseIdsParseListsRangesAndLetters() {
        assertEquals(List.of("1", "2", "3"), SenseIds.parse("1–3"));
        assertEquals(List.of("1", "2a", "2b"), SenseIds.parse("1, 2a, b"));
        assertEquals(List.of("4"), SenseIds.leading("[4] text"));
        assertEquals(List.of(), SenseIds.leading("text [4]"));
    }
}
