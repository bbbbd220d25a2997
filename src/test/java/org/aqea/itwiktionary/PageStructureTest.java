package org.aqea.itwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

/** Italian pages, real ones of ../shared/realdata/it and snippets written for the test, through the edition's parser. */
class PageStructureTest {

    @Test
    void sectionsAfterARunOfPartsOfSpeechServeThatRunAndTranslationBoxesFindTheirSenseByGloss() {
        List<LexicalEntry> entries = Snippets.real("brillantino");
        assertEquals(2, entries.size());
        LexicalEntry noun = entries.get(0);
        assertEquals("noun", noun.pos());
        assertEquals("it", noun.langCode());
        assertEquals("Italiano", noun.lang());
        assertEquals(List.of("m"), noun.genders());
        assertEquals(List.of("bril", "lan", "tì", "no"), noun.hyphenation());
        assertEquals(List.of(new Form("brillantini", List.of("plural"))), noun.forms());
        assertEquals(List.of("per estensione"), noun.senses().get(1).labels());
        assertEquals("glitter", noun.senses().get(1).gloss());
        assertEquals(List.of(new Translation("en", "glitter", List.of("2"), null, false)), noun.translations(),
                "the box 'glitter', written after the verb form, names the noun's second sense");
        assertEquals("da brillare", noun.etymology());
        LexicalEntry form = entries.get(1);
        assertEquals("verb", form.pos());
        assertEquals("brillantare", form.formOf());
        assertEquals("vedi brillantare", form.etymology(), "the etymology after the form is the form's");
        assertEquals(List.of(), form.hyphenation(), "the hyphenation after the noun is the noun's");
    }

    @Test
    void labelsFormsPronunciationAndRelationsOfARealPage() {
        LexicalEntry lettore = Snippets.real("lettore").get(0);
        assertEquals(List.of("/letˈtore/"), lettore.ipa());
        assertEquals(List.of(new Form("lettore", List.of("masculine", "singular")), new Form("lettori", List.of("masculine", "plural")),
                new Form("lettrice", List.of("feminine", "singular")), new Form("lettrici", List.of("feminine", "plural"))),
                lettore.forms());
        assertEquals(List.of("elettronica", "informatica", "tecnologia", "ingegneria"), lettore.senses().get(2).labels());
        assertTrue(lettore.senses().get(2).gloss().startsWith("dispositivo elettronico"), lettore.senses().get(2)::gloss);
        assertTrue(lettore.translations().contains(new Translation("en", "player", List.of("3"), null, false)),
                lettore.translations()::toString);
        LexicalEntry condividere = Snippets.real("condividere").get(0);
        assertEquals("verb", condividere.pos());
        assertTrue(condividere.synonyms().stream().anyMatch(t -> t.word().equals("aderire")), condividere.synonyms()::toString);
        assertTrue(condividere.antonyms().stream().anyMatch(t -> t.word().equals("dissentire")));
        assertTrue(condividere.derived().stream().anyMatch(t -> t.word().equals("condivisione")));
        assertTrue(condividere.translations().contains(new Translation("la", "communicare", List.of(), null, false)),
                "a box whose gloss names no sense gives none");
    }

    @Test
    void aLanguageTheTableLacksIsKeptAndFlagged() {
        List<LexicalEntry> entries = Snippets.parse("xyz", """
                == {{-qqq-}} ==
                {{-sost-|qqq}}
                {{Pn}} ''f''
                # qualcosa
                == {{-en-}} ==
                {{-agg-|en}}
                {{Pn}}
                # [[grande]]
                """);
        assertNull(entries.get(0).langCode());
        assertEquals("qqq", entries.get(0).lang());
        assertTrue(entries.get(0).warnings().get(0).contains("no language code known for 'qqq'"));
        assertEquals(List.of("f"), entries.get(0).genders());
        assertEquals("en", entries.get(1).langCode());
        assertEquals("Inglese", entries.get(1).lang());
        assertEquals("adj", entries.get(1).pos());
    }
}
