package org.aqea.eswiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

/** Real Wikcionario pages (../shared/realdata/es) and snippets in its layout: each section's part of an entry. */
class PageStructureTest {

    @Test
    void aNounGivesItsGenderSensesLabelsRelationsFormsAndTranslations() {
        LexicalEntry bicicleta = Snippets.real("bicicleta").get(0);
        assertEquals("es", bicicleta.langCode());
        assertEquals("español", bicicleta.lang());
        assertEquals("noun", bicicleta.pos());
        assertEquals(List.of("f"), bicicleta.genders());
        assertEquals(List.of("vehículos", "ciclismo"), bicicleta.senses().get(0).labels());
        assertTrue(bicicleta.senses().get(0).gloss().startsWith("Vehículo, comúnmente de dos ruedas iguales"),
                bicicleta.senses().get(0).gloss());
        assertEquals(List.of(new LinkedTerm("bici", List.of("1")), new LinkedTerm("velocípedo", List.of("1"))), bicicleta.synonyms());
        assertEquals(List.of(new Form("bicicleta", List.of("singular")), new Form("bicicletas", List.of("plural"))), bicicleta.forms());
        assertTrue(bicicleta.translations().contains(new Translation("de", "Fahrrad", List.of("1"), null, false, List.of("n"), null)));
        assertTrue(bicicleta.etymology().startsWith("Del francés bicyclette"), bicicleta.etymology());
        assertTrue(bicicleta.audio().get(0).endsWith("bicicleta.wav"));
    }

    @Test
    void anEtymologysTranslationsGoToThePartOfSpeechWhoseSensesTheyName() {
        List<LexicalEntry> comer = Snippets.real("comer").stream().filter(entry -> "es".equals(entry.langCode())).toList();
        assertEquals(List.of("verbo intransitivo", "verbo transitivo"), comer.stream().map(entry -> entry.posRaw().get(0)).toList());
        assertEquals("3", comer.get(1).senses().get(0).id(), "the page numbers senses on through an etymology");
        assertTrue(comer.get(1).translations().stream().allMatch(translation -> !translation.senseIds().isEmpty()
                && comer.get(1).senses().stream().map(Sense::id).anyMatch(translation.senseIds()::contains)), comer.get(1)::toString);
        assertTrue(comer.get(0).translations().stream().anyMatch(translation -> translation.senseIds().isEmpty()),
                "a translation of no sense goes to the first part of speech");
    }

    @Test
    void inflectedFormsNameTheirLemmaAndTags() {
        LexicalEntry ruego = Snippets.real("ruego").get(1);
        assertEquals("verb", ruego.pos());
        assertEquals("rogar", ruego.formOf());
        assertEquals(List.of("first-person", "singular", "present", "indicative"), ruego.formOfTags());
        LexicalEntry gracias = Snippets.real("gracias").get(1);
        assertEquals("gracia", gracias.formOf());
        assertEquals(List.of("plural"), gracias.formOfTags());
    }

    @Test
    void snippetsOfEachKindOfLine() {
        List<LexicalEntry> entries = Snippets.parse("futuro", """
                == {{lengua|es}} ==
                {{pron-graf|fone=fuˈtu.ɾo|1audio1=Es-futuro.ogg}}
                === Etimología ===
                {{etimología|la|futurus}}.
                ==== {{adjetivo|es}} ====
                {{inflect.es.adj.reg|futur}}
                ;1 {{csem|tiempo}}: Que está por [[venir]].
                {{sinónimo|venidero}}
                {{ejemplo|El tiempo '''futuro'''.}}
                ==== {{sustantivo masculino|es}} ====
                ;2: Tiempo que está por venir.
                ==== Traducciones ====
                {{trad-arriba}}
                {{t|en|a1=1|t1=future|a2=2|t2=future}}
                {{t|ru|a1=2|t1=будущее|tl1=búduščeje|g1=n}}
                {{trad-abajo}}
                == {{lengua|zz-madeup}} ==
                === Etimología ===
                ==== {{sustantivo|zz-madeup}} ====
                ;1: Algo.
                """);
        assertEquals(3, entries.size());
        LexicalEntry adjective = entries.get(0);
        assertEquals(List.of("fuˈtu.ɾo"), adjective.ipa());
        assertEquals(List.of("Es-futuro.ogg"), adjective.audio());
        assertEquals("Del latín futurus.", adjective.etymology());
        assertEquals(List.of(new Sense("1", "Que está por venir.", List.of("tiempo"), List.of("El tiempo futuro."))), adjective.senses());
        assertEquals(4, adjective.forms().size());
        assertEquals(new Form("futuras", List.of("feminine", "plural")), adjective.forms().get(3));
        assertEquals(List.of(new Translation("en", "future", List.of("1"), null, false)), adjective.translations());
        LexicalEntry noun = entries.get(1);
        assertEquals(List.of("m"), noun.genders());
        assertEquals(List.of(new Translation("en", "future", List.of("2"), null, false),
                new Translation("ru", "будущее", List.of("2"), "búduščeje", false, List.of("n"), null)), noun.translations());
        assertNull(entries.get(2).langCode());
        assertEquals(List.of("no language code known for 'zz-madeup'"), entries.get(2).warnings());
    }
}
