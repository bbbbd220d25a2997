package org.aqea.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelKeyTest {

    @Test
    void latinLettersLoseCaseAndAccents() {
        assertEquals("cafe", LabelKey.of("Café"));
        assertEquals("strasse", LabelKey.of("Straße"));
        assertEquals("aero", LabelKey.of("Ærø"));
        assertEquals("lodz", LabelKey.of("Łódź"));
        assertEquals("istanbul", LabelKey.of("İstanbul"));
        assertEquals("thorn", LabelKey.of("Þorn"));
        assertEquals("coeur", LabelKey.of("cœur"));
    }

    @Test
    void greekAndCyrillicLoseTheirAccents() {
        assertEquals("αλφα", LabelKey.of("ΆΛΦΑ"));
        assertEquals("елка", LabelKey.of("Ёлка"));
    }

    @Test
    void compatibilityFormsBecomeTheirLetters() {
        assertEquals("fish", LabelKey.of("ﬁsh"));
        assertEquals("abc", LabelKey.of("ＡＢＣ"));
    }

    @Test
    void otherScriptsKeepTheirSignsAndSyllables() {
        assertEquals("किताब", LabelKey.of("किताब"));
        assertEquals("한국어", LabelKey.of("한국어"));
        assertEquals("كِتَاب", LabelKey.of("كِتَاب"));
        assertEquals("日本", LabelKey.of("日本"));
    }

    @Test
    void aFoldedKeyFoldsToItself() {
        for (String label : new String[] {"Café", "Straße", "ΆΛΦΑ", "ﬁsh", "한국어"}) {
            String key = LabelKey.of(label);
            assertEquals(key, LabelKey.of(key), label);
        }
    }
}
