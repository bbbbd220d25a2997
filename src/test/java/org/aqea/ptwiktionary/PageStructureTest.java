package org.aqea.ptwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

/** Portuguese pages, real ones of ../shared/realdata/pt and snippets written for the test, through the edition's parser. */
class PageStructureTest {

    @Test
    void theLanguagesPronunciationAndEtymologyServeEveryPartOfSpeechItsSubsectionsTheirOwn() {
        List<LexicalEntry> entries = Snippets.real("baiano");
        assertEquals(List.of("adj", "noun"), entries.stream().map(LexicalEntry::pos).toList());
        for (LexicalEntry entry : entries) {
            assertEquals("pt", entry.langCode());
            assertEquals(List.of("/baj.ˈjã.nu/"), entry.ipa(), "from the region's subsection of the pronunciation");
            assertTrue(entry.etymology().startsWith("Derivado de Bahia"), entry::etymology);
            assertEquals(List.of("bai", "a", "no"), entry.hyphenation());
        }
        assertEquals(List.of(new Form("baiano", List.of("masculine", "singular")), new Form("baianos", List.of("masculine", "plural")),
                new Form("baiana", List.of("feminine", "singular")), new Form("baianas", List.of("feminine", "plural"))),
                entries.get(0).forms());
        assertEquals(List.of("São Paulo", "Brasil", "popular", "pejorativo", "racismo"), entries.get(1).senses().get(1).labels());
    }

    @Test
    void translationsSynonymsGendersAndFormsOfRealPages() {
        LexicalEntry alguem = Snippets.real("alguém").get(0);
        assertEquals("pron", alguem.pos());
        assertTrue(alguem.translations().contains(new Translation("fi", "kukaan", List.of("1"), null, false)),
                "every word of {{trad|fi|joku|kukaan}}");
        assertEquals(16, alguem.translations().size(), alguem.translations()::toString);
        assertEquals(List.of("[aw.ˈgẽj]", "/aɫ.ˈɡɐ̃j̃/"), alguem.ipa());
        assertEquals("Alguém levou o meu carro!", alguem.senses().get(0).examples().get(0));
        List<LexicalEntry> objetiva = Snippets.real("objetiva");
        assertEquals("objetivar", objetiva.get(1).formOf(), "Forma verbal: the lemma its definition links");
        assertEquals(List.of("f"), objetiva.get(2).genders());
        assertTrue(objetiva.get(2).translations().contains(new Translation("en", "lens", List.of(), null, false)));
        assertTrue(objetiva.get(2).derived().stream().anyMatch(t -> t.word().equals("objetivamente")));
        LexicalEntry paulista = Snippets.real("paulista").get(0);
        assertEquals(List.of("m", "f"), paulista.genders(), "{{c2g}}: both genders");
    }

    @Test
    void everyLanguageSectionOfAPageAndItsCode() {
        List<LexicalEntry> entries = Snippets.real("ũa");
        assertEquals(List.of("pt", "roa-gpm", "mwl"), entries.stream().map(LexicalEntry::langCode).toList());
        assertEquals("Galego-Português Medieval", entries.get(1).lang());
        assertEquals("do latin una", entries.get(1).etymology(), "{{etimo2|la|una|roa-gpm}}; the category links after it are none");
    }
}
