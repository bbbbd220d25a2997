package org.aqea.frwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Pronunciation;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

/** Each extractor of the French edition on snippets in the wiki's layout, written for the tests. */
class ExtractorsTest {

    @Test
    void anAgreeingAdjectiveSpellsItsFourForms() {
        LexicalEntry petit = Snippets.french("petit", "adjectif", "{{fr-accord-rég|pə.ti}}\n'''petit''' {{pron|pə.ti|fr}}\n# Peu grand.\n");
        assertEquals(List.of(new Form("petit", List.of("masculine", "singular")), new Form("petits", List.of("masculine", "plural")),
                new Form("petite", List.of("feminine", "singular")), new Form("petites", List.of("feminine", "plural"))),
                petit.forms());
        LexicalEntry beau = Snippets.french("beau", "adjectif",
                "{{fr-accord-eau|b|bo}}\n'''beau''' {{pron|bo|fr}}\n# Joli.\n");
        assertEquals(List.of(), beau.forms(), "a box that needs the wiki's modules and names no form gives none");
        LexicalEntry gens = Snippets.french("gens", "nom", "{{fr-inv|ʒɑ̃}}\n'''gens''' {{pron|ʒɑ̃|fr}} {{mf}}\n# Personnes.\n");
        assertEquals(List.of("m", "f"), gens.genders());
    }

    @Test
    void definitionsNumberTheirSubsensesAndKeepTheirLabelsAndExamples() {
        LexicalEntry entry = Snippets.french("bar", "nom", """
                '''bar''' {{m}}
                # {{lexique|zoologie|ichtyologie|fr}} [[poisson|Poisson]] de mer.
                #* {{exemple|Un '''bar''' de ligne.|lang=fr}}
                # {{figuré|fr}} {{term|Débit}} Comptoir où l’on sert à boire.
                ## {{par extension}} L’établissement tout entier.
                ##* {{exemple|lang=fr}}
                #* ''Ils entrèrent dans un '''bar'''.'' {{source|Un auteur, ''Un livre'', 1900}}
                """);
        assertEquals(List.of(new Sense("1", "Poisson de mer.", List.of("zoologie", "ichtyologie"), List.of("Un bar de ligne.")),
                new Sense("2", "Comptoir où l’on sert à boire.", List.of("figuré", "Débit"), List.of()),
                new Sense("2.1", "L’établissement tout entier.", List.of("par extension"), List.of("Ils entrèrent dans un bar."))),
                entry.senses());
        LexicalEntry english = Snippets.parse("cat", """
                == {{langue|en}} ==
                === {{S|nom|en}} ===
                # [[chat|Chat]].
                #* {{exemple|The '''cat''' sleeps.|Le chat dort.|lang=en}}
                """).get(0);
        assertEquals(List.of("The cat sleeps. ― Le chat dort."), english.senses().get(0).examples());
    }

    @Test
    void translationTablesGiveTheirSenseByNumberOrGlossAndEachWordItsGendersAndTransliteration() {
        LexicalEntry entry = Snippets.french("chat", "nom", """
                '''chat''' {{m}}
                # Mammifère carnivore domestique.
                # Personne qui aime la nuit.
                ==== {{S|traductions}} ====
                {{trad-début|Mammifère}}
                * {{T|de}} : {{trad+|de|Katze|f}}, {{trad-|de|Kater|m}}
                * {{T|ru}} : {{trad+|ru|кошка|R=koška|f}}
                {{trad-fin}}
                {{trad-début|Sens incertain}}
                * {{T|en}} : {{trad+|en|cat}}
                {{trad-fin}}
                {{trad-début|Personne|2}}
                * {{T|it}} : [[nottambulo]]
                {{trad-fin}}
                """);
        assertEquals(List.of(new Translation("de", "Katze", List.of("1"), null, false, List.of("f"), null),
                new Translation("de", "Kater", List.of("1"), null, false, List.of("m"), null),
                new Translation("ru", "кошка", List.of("1"), "koška", false, List.of("f"), null),
                new Translation("en", "cat", List.of(), null, false),
                new Translation("it", "nottambulo", List.of("2"), null, false)), entry.translations());
    }

    @Test
    void relatedWordsTakeTheSensesTheirLineOrGroupNames() {
        LexicalEntry entry = Snippets.french("glande", "nom", """
                # Organe.
                # Paresse.
                ==== {{S|hyponymes}} ====
                '''organe anatomique''' (1)
                * [[glande lacrymale]]
                * {{lien|glande salivaire|fr}}
                ==== {{S|synonymes}} ====
                * [[flemme]] (2)
                ==== {{S|dérivés autres langues}} ====
                * {{L|en}} : [[gland]]
                ==== {{S|variantes orthographiques}} ====
                * [[glende]]
                """);
        assertEquals(List.of(new LinkedTerm("glande lacrymale", List.of("1")), new LinkedTerm("glande salivaire", List.of("1"))),
                entry.hyponyms());
        assertEquals(List.of(new LinkedTerm("flemme", List.of("2"))), entry.synonyms());
        assertEquals(List.of(new LinkedTerm("gland", List.of(), "en")), entry.descendants());
        assertEquals(List.of(new Form("glende", List.of("alternative"))), entry.forms());
    }

    @Test
    void recordingsGiveTheirFileTranscriptionAndPlace() {
        List<LexicalEntry> entries = Snippets.parse("sport", """
                == {{langue|fr}} ==
                === {{S|nom|fr}} ===
                '''sport''' {{pron|spɔʁ|fr}} {{m}}
                # Activité physique.
                === {{S|prononciation}} ===
                * {{pron|spɔʁ|fr}}
                * {{écouter|lang=fr|France (Paris)|spɔʁ|audio=Fr-sport.ogg}}
                * Ancienne : {{pron|spɑ{{e|ɔ}}ʁ|fr}}
                """);
        LexicalEntry sport = entries.get(0);
        assertEquals(List.of("spɔʁ", "spɑɔʁ"), sport.ipa());
        assertEquals(List.of(new Pronunciation("spɔʁ", List.of()), new Pronunciation("spɔʁ", List.of("France (Paris)")),
                new Pronunciation("spɑɔʁ", List.of())), sport.pronunciations());
        assertEquals(List.of("Fr-sport.ogg"), sport.audio());
    }
}
