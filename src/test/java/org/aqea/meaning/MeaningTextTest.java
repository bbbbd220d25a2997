package org.aqea.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

class MeaningTextTest {

    private static LexicalEntry entry(String edition, String word, String lang, List<Sense> senses, List<Translation> translations) {
        return new LexicalEntry(word, lang, lang, "noun", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                senses, List.of(), translations, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                new SourceRef(edition, word, 1, 1, 1, null, 0), List.of());
    }

    private static Sense sense(String gloss) {
        return new Sense("1", gloss, List.of(), List.of());
    }

    @Test
    void anEnglishWordIsItselfAndItsFirstGlossesInEnglish() {
        assertEquals(Optional.of("dog: A mammal.; A despicable person.; A hot dog."), MeaningText.of(entry("en", "dog", "en",
                List.of(sense("A mammal."), sense("A despicable person."), sense("A hot dog."), sense("A pawl.")), List.of())));
    }

    @Test
    void aWordOfAnotherLanguageIsItsEnglishTranslationsAndEnglishGlosses() {
        List<Translation> translations = List.of(new Translation("en", "dog", List.of(), null, false),
                new Translation("fr", "chien", List.of(), null, false), new Translation("en", "hound", List.of(), null, false),
                new Translation("en", "dog", List.of(), null, false));
        assertEquals(Optional.of("dog, hound"), MeaningText.of(entry("de", "Hund", "de", List.of(sense("ein Haustier")), translations)),
                "the German edition glosses in German");
        assertEquals(Optional.of("dog"), MeaningText.of(entry("en", "Hund", "de", List.of(sense("dog")), List.of())),
                "the English edition glosses in English");
    }

    @Test
    void aGlossNamingItsLanguageCountsInItsLanguage() {
        Sense english = new Sense("1", "a domesticated canid", List.of(), List.of(), null, "en");
        Sense german = new Sense("2", "ein Haustier", List.of(), List.of(), null, null);
        assertEquals(Optional.of("a domesticated canid"), MeaningText.of(entry("panlex", "Hund", "de", List.of(german, english), List.of())));
    }

    @Test
    void anEntryWithoutAnEnglishSideHasNoMeaningText() {
        assertEquals(Optional.empty(), MeaningText.of(entry("de", "Haus", "de", List.of(sense("ein Gebäude")),
                List.of(new Translation("fr", "maison", List.of(), null, false)))));
    }

    @Test
    void aLongTextIsCutWhereTheModelStopsReading() {
        String gloss = "𠁥".repeat(400);
        String text = MeaningText.of(entry("en", "x", "en", List.of(sense(gloss)), List.of())).orElseThrow();
        assertEquals(MeaningText.MAX_LENGTH - 1, text.length(), "a character is never cut in half");
    }
}
