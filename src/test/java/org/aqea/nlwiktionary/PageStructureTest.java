package org.aqea.nlwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

/**
 * Dutch pages as the edition's layout guide (WikiWoordenboek:Stramien) writes them, on snippets written for the test:
 * no real Dutch page is at hand.
 */
class PageStructureTest {

    private static final String HOND = """
            {{=nld=}}
            {{-pron-}}
            *{{sound}}: {{audio|nl-hond.ogg|hond}}
            *{{WikiW|IPA}}: {{IPA|/hɔnt/|nld}}
            {{-syll-}}
            *hond
            {{-etym-}}
            *Afgeleid van het Middelnederlandse [[hont]].
            {{-noun-|nld}}
            {{-nlnoun-|hond|honden|hondje|hondjes}}
            {{-l-|m}}
            #{{roofdieren|nld}} zoogdier uit de familie van de hondachtigen
            {{bijv-1|De hond blaft.}}
            #{{figuurlijk|nld}}, {{scheldwoord|nld}} gemeen persoon
            {{-syn-}}
            *[1] [[keffer]], [[viervoeter]]
            {{-trans-}}
            {{trans-top|1. huisdier}}
            *{{eng}}: {{trad|eng|dog}}
            *{{deu}}: {{trad|deu|Hund}} {{m}}
            *{{fra}}: [[chien]]
            {{trans-bottom}}
            {{=eng=}}
            {{-noun-|eng}}
            #[[onzin]]
            """;

    @Test
    void aLanguageSectionGivesItsPartsOfSpeechTheirSectionsAndIsoCodesBecomeTheLexiconsCodes() {
        List<LexicalEntry> entries = Snippets.parse("hond", HOND);
        assertEquals(2, entries.size());
        LexicalEntry hond = entries.get(0);
        assertEquals("Nederlands", hond.lang());
        assertEquals("nl", hond.langCode(), "nld is nl, as every other source writes it");
        assertEquals("noun", hond.pos());
        assertEquals(List.of("m"), hond.genders());
        assertEquals(List.of("/hɔnt/"), hond.ipa());
        assertEquals(List.of("nl-hond.ogg"), hond.audio());
        assertEquals(List.of("hond"), hond.hyphenation());
        assertEquals(List.of(new Form("hond", List.of("singular")), new Form("honden", List.of("plural")),
                new Form("hondje", List.of("diminutive", "singular")), new Form("hondjes", List.of("diminutive", "plural"))),
                hond.forms());
        assertEquals("zoogdier uit de familie van de hondachtigen", hond.senses().get(0).gloss());
        assertEquals(List.of("roofdieren"), hond.senses().get(0).labels());
        assertEquals(List.of("De hond blaft."), hond.senses().get(0).examples(), "the example on the line after");
        assertEquals("gemeen persoon", hond.senses().get(1).gloss());
        assertEquals(List.of("figuurlijk", "scheldwoord"), hond.senses().get(1).labels());
        assertEquals(List.of(new LinkedTerm("keffer", List.of("1")), new LinkedTerm("viervoeter", List.of("1"))), hond.synonyms());
        assertEquals(List.of(new Translation("en", "dog", List.of("1"), null, false),
                new Translation("de", "Hund", List.of("1"), null, false, List.of("m"), null),
                new Translation("fr", "chien", List.of("1"), null, false)), hond.translations(),
                "the box's sense by its number; words by template or link; the gender after the word");
        assertEquals("Afgeleid van het Middelnederlandse hont.", hond.etymology());
        assertEquals("Engels", entries.get(1).lang());
        assertEquals("en", entries.get(1).langCode());
        assertEquals(List.of(), entries.get(1).translations());
        assertNull(entries.get(1).etymology(), "the etymology of the Dutch section is not the English one's");
    }

    @Test
    void theOlderLayoutWithPlainHeadingsIsReadToo() {
        LexicalEntry staart = Snippets.parse("staart", """
                ==Nederlands==
                ====Zelfstandig naamwoord====
                #{{figuurlijk|nld}}, {{anatomie|nld}} een bundel lang haar
                """).get(0);
        assertEquals("nl", staart.langCode());
        assertEquals("noun", staart.pos());
        assertEquals(List.of("figuurlijk", "anatomie"), staart.senses().get(0).labels());
        assertEquals("een bundel lang haar", staart.senses().get(0).gloss());
    }

    @Test
    void aLanguageTheTableLacksIsKeptAndFlagged() {
        LexicalEntry entry = Snippets.parse("xyz", "{{=qqq=}}\n{{-noun-|qqq}}\n#iets\n").get(0);
        assertNull(entry.langCode());
        assertEquals("qqq", entry.lang());
        assertTrue(entry.warnings().get(0).contains("no language code known for 'qqq'"), entry.warnings()::toString);
    }
}
