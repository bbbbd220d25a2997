package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

class TranslationExtractorTest {

    private static final LexicalEntry DOG = Snippets.english("dog", "Noun", """
            {{en-noun}}
            # A [[domesticated]] [[mammal]] kept as a pet.
            # A [[contemptible]] [[person]].
            # A [[mechanical]] [[device]] for holding.

            ====Translations====
            {{trans-top|domesticated mammal}}
            * Chinese:
            *: Mandarin: {{t+|cmn|狗|tr=gǒu}}
            *: Cantonese: {{t|yue|狗|tr=gau2}}
            * French: {{t+|fr|chien|m}}, {{t+|fr|chienne|f}}
            * German: {{t+|de|Hund|m}}
            * Latin: {{t-needed|la}}
            * Russian: {{t+|ru|соба́ка|f|tr=sobáka}}
            {{trans-bottom}}
            {{trans-top|person}}
            * German: {{tt|de|Hund|m}} {{q|pejorative}}
            {{trans-bottom}}
            {{trans-top|something}}
            * German: {{t|de|Ding|n}}
            {{trans-bottom}}
            {{checktrans-top}}
            * Dutch: {{t-check|nl|hond|m}}
            {{trans-bottom}}
            {{trans-see|hound}}
            """);

    private static Translation first(String langCode) {
        return DOG.translations().stream().filter(t -> t.langCode().equals(langCode)).findFirst().orElseThrow();
    }

    @Test
    void everyTranslationWithLanguageGendersAndTransliteration() {
        assertEquals(List.of("cmn 狗", "yue 狗", "fr chien", "fr chienne", "de Hund", "ru соба́ка", "de Hund", "de Ding", "nl hond"),
                DOG.translations().stream().map(t -> t.langCode() + " " + t.word()).toList());
        assertEquals(List.of("m"), first("fr").genders());
        assertEquals("sobáka", first("ru").transliteration());
        assertEquals(List.of("f"), first("ru").genders());
    }

    @Test
    void nestedLinesNameTheVariety() {
        assertEquals("Mandarin", first("cmn").variety());
        assertEquals("gǒu", first("cmn").transliteration());
        assertEquals(null, first("fr").variety());
    }

    @Test
    void aTableIsTiedToTheSenseItsGlossClearlyNames() {
        assertEquals(List.of("1"), first("fr").senseIds());
        assertEquals(List.of("2"), DOG.translations().get(6).senseIds());
        assertEquals(List.of(), DOG.translations().get(7).senseIds(), "'something' names no sense clearly");
    }

    @Test
    void uncheckedTranslationsAreUncertainAndTransSeeIsAPointer() {
        Translation dutch = first("nl");
        assertEquals(true, dutch.uncertain());
        assertEquals(false, first("de").uncertain());
        assertEquals(List.of("hound"), DOG.translationsSee());
    }

    @Test
    void anEntryWithOneSenseTiesEveryTableToIt() {
        LexicalEntry entry = Snippets.english("cat", "Noun", """
                {{en-noun}}
                # A [[feline]].
                =====Translations=====
                {{trans-top|animal}}
                * German: {{t+|de|Katze|f}}
                {{trans-bottom}}
                """);
        assertEquals(List.of(new Translation("de", "Katze", List.of("1"), null, false, List.of("f"), null)), entry.translations());
    }

    @Test
    void aTableWhoseLinesAreTheDataOfMultitrans() {
        LexicalEntry entry = Snippets.english("cat", "Noun", """
                {{en-noun}}
                # A [[feline]].
                ====Translations====
                {{trans-top|animal}}
                {{multitrans|data=
                * German: {{tt+|de|Katze|f}}
                * Chinese:
                *: Mandarin: {{tt+|cmn|貓|tr=māo}}
                }}
                {{trans-bottom}}
                """);
        assertEquals(List.of(new Translation("de", "Katze", List.of("1"), null, false, List.of("f"), null),
                new Translation("cmn", "貓", List.of("1"), "māo", false, List.of(), "Mandarin")), entry.translations());
    }
}
