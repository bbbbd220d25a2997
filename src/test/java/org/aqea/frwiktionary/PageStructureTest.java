package org.aqea.frwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

/** Real Wiktionnaire pages (../shared/realdata/fr): languages, sections, and what each section gives its entry. */
class PageStructureTest {

    @Test
    void aVerbPageGivesItsSensesLabelsExamplesTranslationsAndRelations() {
        List<LexicalEntry> entries = Snippets.real("geler");
        LexicalEntry geler = entries.get(0);
        assertEquals("fr", geler.langCode());
        assertEquals("Français", geler.lang());
        assertEquals("verb", geler.pos());
        assertEquals(List.of("verbe"), geler.posRaw());
        assertEquals("Durcir, rendre solide par le froid, transformer en glace.", geler.senses().get(0).gloss());
        assertEquals(List.of("médecine"), geler.senses().get(2).labels());
        assertEquals(List.of("spécialement", "agriculture"), geler.senses().get(3).labels());
        assertEquals("Le froid lui gela les doigts, le bout des oreilles.", geler.senses().get(1).examples().get(0));
        assertTrue(geler.senses().get(6).examples().get(0).startsWith("Il soutient les efforts d’Antonio Guterres"),
                "an example whose template goes on over three lines: " + geler.senses().get(6).examples());
        assertEquals("ʒə.le", geler.ipa().get(0));
        assertTrue(geler.audio().contains("Fr-geler.ogg"), geler.audio().toString());
        assertTrue(geler.translations().contains(new Translation("de", "frieren", List.of("1"), null, false)),
                "a table whose gloss begins as the first sense's: " + geler.translations());
        assertTrue(geler.translations().contains(new Translation("ru", "морозить", List.of("1"), "morozit’", false)));
        assertEquals(List.of(new LinkedTerm("glacer", List.of())), geler.synonyms());
        assertEquals(List.of(new LinkedTerm("chauffer", List.of())), geler.antonyms());
        assertTrue(geler.derived().stream().anyMatch(term -> term.word().equals("dégeler")));
        assertTrue(geler.related().stream().anyMatch(term -> term.word().equals("gelure")));
        assertTrue(geler.etymology().startsWith("(c. 1140) Du latin gelo (« geler »)"), geler.etymology());
    }

    @Test
    void numberedNounsAreHomographsWithTheirOwnGendersAndTranslations() {
        List<LexicalEntry> entries = Snippets.real("greffier");
        List<LexicalEntry> french = entries.stream().filter(entry -> "fr".equals(entry.langCode())).toList();
        assertEquals(2, french.size());
        LexicalEntry officer = french.get(0);
        assertEquals(List.of("m"), officer.genders());
        assertEquals(List.of("ɡʁɛ.fje", "ɡʁe.fje"), officer.ipa());
        assertEquals(List.of(new Form("greffier", List.of("singular")), new Form("greffiers", List.of("plural"))), officer.forms());
        assertEquals(new Translation("de", "Rechtspfleger", List.of("1"), null, false, List.of("m"), null),
                officer.translations().get(0), "a table naming its sense by number; the word's gender after it");
        assertEquals(List.of("droit"), officer.senses().get(0).labels());
        assertEquals(List.of(), french.get(1).genders());
        assertEquals("Chat.", french.get(1).senses().get(0).gloss());
        assertEquals(List.of("populaire"), french.get(1).senses().get(0).labels());
        assertEquals(0, french.get(1).translations().size());
        assertEquals(1, french.get(1).source().headingIndex());
    }

    @Test
    void inflectedFormsNameTheirLemmaAndWhatFormTheyAre() {
        List<LexicalEntry> entries = Snippets.real("minutes");
        LexicalEntry plural = entries.get(0);
        assertEquals("noun", plural.pos());
        assertEquals(List.of("nom", "flexion"), plural.posRaw());
        assertEquals("minute", plural.formOf());
        assertEquals(List.of("plural"), plural.formOfTags());
        LexicalEntry verb = entries.get(1);
        assertEquals("minuter", verb.formOf());
        assertEquals(List.of("second-person", "singular", "present", "indicative"), verb.formOfTags());
        assertEquals("en", entries.get(2).langCode());
        assertEquals("Anglais", entries.get(2).lang());
        assertNull(entries.get(2).formOf());
    }

    @Test
    void languagesAreNamedByCodeAndAnUnknownCodeGivesNoLanguageCode() {
        List<LexicalEntry> entries = Snippets.parse("x", """
                == {{langue|nrf}} ==
                === {{S|nom|nrf}} ===
                '''x''' {{m}}
                # Un mot.
                == {{langue|zz-made-up}} ==
                === {{S|nom|zz-made-up}} ===
                # Un mot.
                == {{caractère}} ==
                === {{S|symbole|conv}} ===
                # Un caractère.
                """);
        assertEquals(2, entries.size(), "the Unicode character section is no language");
        assertEquals("Normand", entries.get(0).lang());
        assertEquals("nrf", entries.get(0).langCode());
        assertNull(entries.get(1).langCode());
        assertEquals("zz-made-up", entries.get(1).lang());
        assertEquals(List.of("no language code known for 'zz-made-up'"), entries.get(1).warnings());
    }

    @Test
    void theOlderSectionTemplatesAreReadToo() {
        List<LexicalEntry> entries = Snippets.parse("chat", """
                {{=fr=}}
                {{-étym-}}
                : Du latin ''cattus''.
                {{-nom-|fr}}
                '''chat''' {{pron|ʃa|fr}} {{m}}
                # [[mammifère|Mammifère]] carnivore.
                {{-trad-}}
                * {{T|en}} : [[cat]]
                """);
        assertEquals(1, entries.size());
        assertEquals("noun", entries.get(0).pos());
        assertEquals("Du latin cattus.", entries.get(0).etymology());
        assertEquals(List.of(new Translation("en", "cat", List.of("1"), null, false)), entries.get(0).translations());
    }

    @Test
    void aVerbsGroupIsItsInflectionClass() {
        LexicalEntry mutiner = Snippets.real("mutiner").stream().filter(e -> "fr".equals(e.langCode())).findFirst().orElseThrow();
        assertEquals("first group", mutiner.inflectionClass(), "{{conj|grp=1|fr}}");
        LexicalEntry lire = Snippets.real("lire").stream().filter(e -> e.pos().equals("verb")).findFirst().orElseThrow();
        assertEquals("third group", lire.inflectionClass(), "{{conjugaison|fr|grp=3}}");
        assertNull(Snippets.parse("chat", """
                == {{langue|fr}} ==
                === {{S|nom|fr}} ===
                '''chat''' {{pron|ʃa|fr}} {{m}}
                # Mammifère.
                """).get(0).inflectionClass(), "a noun has none");
    }
}
