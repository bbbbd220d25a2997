package org.aqea.eswiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aqea.address.FieldClassifier;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.SemanticField;
import org.junit.jupiter.api.Test;

/** The field classifier on entries glossed in Spanish: subjects, then the gloss's genus; nothing sure, no field. */
class SpanishGlossRulesTest {

    private final FieldClassifier classifier = new FieldClassifier();

    @Test
    void aSubjectThenTheGenusOfANounsGloss() {
        assertEquals(new Decision(SemanticField.TRANSPORT, "label:vehículos"), classifier.classify(Snippets.real("bicicleta").get(0)));
        assertEquals(new Decision(SemanticField.ANIMALS, "gloss:pez"), classifier.classify(Snippets.parse("mero", """
                == {{lengua|es}} ==
                === Etimología ===
                ==== {{sustantivo masculino|es}} ====
                ;1: Especie de pez marino.
                """).get(0)));
        assertEquals(SemanticField.GENERAL, classifier.classify(Snippets.parse("raro", """
                == {{lengua|es}} ==
                === Etimología ===
                ==== {{sustantivo masculino|es}} ====
                ;1: Cosa poco común.
                """).get(0)).field(), "a genus no table names decides nothing");
    }
}
