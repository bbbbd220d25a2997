package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

class TranslationExtractorTest {

    @Test
    void everyTableLineWithCodesFromTheTemplates() {
        List<Translation> translations = Pages.fixture("Kind").get(0).translations();
        assertEquals(List.of(
                new Translation("en", "child", List.of("1"), null, false),
                new Translation("en", "kid", List.of("1"), null, false),
                new Translation("ar", "طفل", List.of("1"), "ṭifl", false),
                new Translation("nb", "barn", List.of("1"), null, false),
                new Translation("la", "infans", List.of("1"), null, true),
                new Translation("bar", "Kind", List.of("1"), null, false),
                new Translation("en", "offspring", List.of("2"), null, false)), translations,
                "the empty {{Ü|fr|}} is skipped, the nested variety line and the dialect table are read");
    }

    @Test
    void xxTemplatesAndUncertainTransliterations() {
        LexicalEntry entry = Pages.germanNoun("Katze", """
                ==== {{Übersetzungen}} ====
                {{Ü-Tabelle|1, 2|G=Tier|Ü-Liste=
                *{{ar}}: {{Üxx4|ar|قطة|v=قِطَّة|d=qiṭṭa}}
                *{{ja}}: {{Üt?|ja|猫|neko}}
                *{{zh}}: {{Üxx5|zh|貓|猫|māo}}
                }}
                """);
        assertEquals(List.of(
                new Translation("ar", "قِطَّة", List.of("1", "2"), "qiṭṭa", false),
                new Translation("ja", "猫", List.of("1", "2"), "neko", true),
                new Translation("zh", "貓", List.of("1", "2"), "猫", false)), entry.translations());
    }

    @Test
    void thePre2016LayoutWithInlineSenseNumbers() {
        LexicalEntry entry = Pages.germanNoun("Haus", """
                ==== Übersetzungen ====
                {{Ü-links}}
                *{{en}}: [1] {{Ü|en|house}}; [2] {{Ü|en|home}}
                *{{fr}}: [1, 2] {{Ü|fr|maison}} {{f}}
                {{Ü-rechts}}
                *{{it}}: [1] {{Ü|it|casa}}
                {{Ü-unten}}
                """);
        assertEquals(List.of(
                new Translation("en", "house", List.of("1"), null, false),
                new Translation("en", "home", List.of("2"), null, false),
                new Translation("fr", "maison", List.of("1", "2"), null, false),
                new Translation("it", "casa", List.of("1"), null, false)), entry.translations());
        assertTrue(entry.warnings().isEmpty(), entry.warnings().toString());
    }

    @Test
    void anOlderTableWithTwoColumns() {
        LexicalEntry entry = Pages.germanNoun("Haus", """
                ==== Übersetzungen ====
                {{Ü-Tabelle|1|G=Gebäude|Ü-links=
                *{{en}}: {{Ü|en|house}}
                |Ü-rechts=
                *{{it}}: {{Ü|it|casa}}
                }}
                """);
        assertEquals(List.of(
                new Translation("en", "house", List.of("1"), null, false),
                new Translation("it", "casa", List.of("1"), null, false)), entry.translations());
    }
}
