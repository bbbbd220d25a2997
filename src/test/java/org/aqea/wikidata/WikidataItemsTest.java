package org.aqea.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aqea.address.Domains;
import org.aqea.address.WordClass;
import org.junit.jupiter.api.Test;

/** The item table, entry by entry: every line maps to a value the entry model knows. */
class WikidataItemsTest {

    /** The tags the Wiktionary editions write for forms, which Wikidata's features must map into. */
    private static final Set<String> TAGS = Set.of("singular", "plural", "dual", "nominative", "genitive", "dative",
            "accusative", "vocative", "instrumental", "locative", "ablative", "partitive", "essive", "inessive", "elative",
            "illative", "adessive", "allative", "translative", "prepositional", "present", "past", "preterite", "future",
            "perfect", "pluperfect", "imperfect", "infinitive", "zu-infinitive", "participle", "gerund", "supine",
            "imperative", "indicative", "subjunctive", "subjunctive-i", "subjunctive-ii", "conditional", "first-person",
            "second-person", "third-person", "positive", "comparative", "superlative", "masculine", "feminine", "neuter",
            "common", "definite", "indefinite", "active", "passive", "diminutive", "augmentative", "animate", "inanimate",
            "perfective", "imperfective", "attributive", "predicative", "short-form");

    @Test
    void everyLanguageWithAnAqeaDomainHasAnItem() {
        Set<String> codes = new HashSet<>();
        WikidataItems.all("language").values().forEach(item -> codes.add(item.value()));
        for (String code : List.of("de", "en", "fr", "es", "it", "pt", "ru", "zh", "ja", "ar", "nl", "pl", "sv", "cs", "ca", "la")) {
            assertTrue(Domains.of(code).isPresent(), code);
            assertTrue(codes.contains(code), "no item for the AQEA language " + code);
        }
    }

    @Test
    void everyLanguageLineIsAnItemWithACodeAndAName() {
        WikidataItems.all("language").values().forEach(item -> {
            assertTrue(item.id().matches("Q[1-9]\\d*"), item.toString());
            assertTrue(item.value().matches("[a-z]{2,3}"), item.toString());
            assertTrue(item.label().matches("\\p{Lu}[\\p{L} ]+"), item.toString());
        });
    }

    @Test
    void everyCategoryMapsToAWordClass() {
        WikidataItems.all("category").values().forEach(item ->
                assertNotEquals(WordClass.UNKNOWN, WordClass.ofPos(item.value()), item.toString()));
        assertEquals("noun", WikidataItems.category("Q1084").orElseThrow().value());
        assertEquals("verb", WikidataItems.category("Q24905").orElseThrow().value());
        assertEquals("adj", WikidataItems.category("Q34698").orElseThrow().value());
        assertEquals("name", WikidataItems.category("Q147276").orElseThrow().value());
    }

    @Test
    void everyGenderIsALetterBothEditionsWrite() {
        WikidataItems.all("gender").values().forEach(item -> assertTrue(Set.of("m", "f", "n", "u").contains(item.value()), item.toString()));
        assertEquals(4, WikidataItems.all("gender").size());
    }

    @Test
    void everyFeatureMapsToTagsTheEditionsWrite() {
        WikidataItems.all("feature").values().forEach(item -> WikidataItems.tags(item).forEach(tag ->
                assertTrue(TAGS.contains(tag), item + ": tag " + tag)));
        assertEquals(List.of("present", "participle"), WikidataItems.tags(WikidataItems.feature("Q10345583").orElseThrow()));
    }

    @Test
    void casesComeBeforeNumberAndTenseBeforePersonAsTheEditionsWriteThem() {
        assertTrue(WikidataItems.order("Q146233") < WikidataItems.order("Q110786"), "genitive before singular");
        assertTrue(WikidataItems.order("Q192613") < WikidataItems.order("Q21714344"), "present before first person");
        assertTrue(WikidataItems.order("Q21714344") < WikidataItems.order("Q146786"), "first person before plural");
        assertEquals(Integer.MAX_VALUE, WikidataItems.order("Q1"));
    }
}
