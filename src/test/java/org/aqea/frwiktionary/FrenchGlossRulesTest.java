package org.aqea.frwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.aqea.address.FieldClassifier;
import org.aqea.address.FieldEvidence;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.SemanticField;
import org.aqea.lexicon.LexicalEntry;
import org.junit.jupiter.api.Test;

/** The field classifier on entries glossed in French: labels, hypernyms, translations, the gloss's genus. */
class FrenchGlossRulesTest {

    private final FieldClassifier classifier = new FieldClassifier();

    @Test
    void aDomainLabelOfTheFirstSenseDecidesFirst() {
        LexicalEntry glande = Snippets.real("glande").get(0);
        assertEquals(new Decision(SemanticField.BODY, "label:anatomie"), classifier.classify(glande));
        LexicalEntry greffier = Snippets.real("greffier").get(0);
        assertEquals(new Decision(SemanticField.LAW, "label:droit"), classifier.classify(greffier));
    }

    @Test
    void aHypernymThenATranslationThenTheGlosssGenus() {
        LexicalEntry byHypernym = Snippets.french("chartreux", "nom", """
                # Race de chat à la robe grise.
                ==== {{S|hyperonymes}} ====
                * [[chat]]
                """);
        assertEquals(new Decision(SemanticField.ANIMALS, "hypernym:chat"), classifier.classify(byHypernym));
        LexicalEntry byGenus = Snippets.french("chat", "nom", "# Mammifère carnivore domestique.\n");
        assertEquals(new Decision(SemanticField.ANIMALS, "gloss:mammifère"), classifier.classify(byGenus));
        LexicalEntry afterKind = Snippets.french("bar", "nom", "# Sorte de poisson de mer.\n");
        assertEquals(new Decision(SemanticField.ANIMALS, "gloss:poisson"), classifier.classify(afterKind));
    }

    @Test
    void nothingSureNamesNoField() {
        assertEquals(SemanticField.GENERAL, classifier.classify(Snippets.french("petit", "nom", "# Petit mammifère.\n")).field(),
                "an adjective first is no genus");
        assertEquals(SemanticField.GENERAL, classifier.classify(Snippets.real("geler").get(0)).field(), "a verb has no genus");
        assertNull(FieldEvidence.leadingGenus("# …", Set.of(), Set.of()), "a gloss without words has no genus");
    }
}
