package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.junit.jupiter.api.Test;

class LinkageExtractorTest {

    @Test
    void synonymsAntonymsHypernymsHyponymsAndRelatedWordsWithTheirSenses() {
        LexicalEntry entry = Pages.fixture("Kind").get(0);
        assertEquals(List.of(new LinkedTerm("Kleinkind", List.of("1")), new LinkedTerm("Sprössling", List.of("1")),
                new LinkedTerm("Nachwuchs", List.of("2"))), entry.synonyms());
        assertEquals(List.of(new LinkedTerm("Erwachsener", List.of("1"))), entry.antonyms());
        assertEquals(List.of(new LinkedTerm("Mensch", List.of("1"))), entry.hypernyms());
        assertEquals(List.of(new LinkedTerm("Mädchen", List.of("1")), new LinkedTerm("Junge", List.of("1"))), entry.hyponyms());
    }

    @Test
    void linksInsideTemplatesAnchorsAndNamespacesAreNotTerms() {
        LexicalEntry entry = Pages.germanNoun("Auto", """
                {{Sinnverwandte Wörter}}
                :[1] [[Wagen#Substantiv|Wagen]], {{ugs.}} [[Karre]]; ''siehe auch:'' [[Verzeichnis:Deutsch/Fahrzeuge|Fahrzeuge]]
                :[[Kraftfahrzeug]] {{Ref-Duden|x|[[Duden]]}}
                """);
        assertEquals(List.of(new LinkedTerm("Wagen", List.of("1")), new LinkedTerm("Karre", List.of("1")),
                new LinkedTerm("Kraftfahrzeug", List.of())), entry.related());
    }
}
