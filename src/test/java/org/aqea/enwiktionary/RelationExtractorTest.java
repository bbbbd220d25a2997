package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.junit.jupiter.api.Test;

class RelationExtractorTest {

    private static final LexicalEntry DOG = Snippets.parse("dog", """
            ==English==
            ===Alternative forms===
            * {{alt|en|dogge||obsolete}}
            ===Noun===
            {{en-noun}}
            # A domesticated [[mammal]].
            # A [[contemptible]] person.

            ====Synonyms====
            * {{sense|mammal}} {{l|en|hound}}, {{l|en|doggy}}, [[pooch]]
            * {{sense|person}} {{l|en|cur}}
            * {{sense|anything}} {{l|en|thing}}
            * See also [[Thesaurus:dog]]
            ====Hypernyms====
            * {{l|en|canine}}
            ====Hyponyms====
            {{col3|en|poodle|terrier<q:breed>|hot dog}}
            ====Coordinate terms====
            * {{l|en|cat}}
            ====Meronyms====
            * {{l|en|paw}}
            ====Holonyms====
            * {{l|en|pack}}
            ====Derived terms====
            {{der3|en|dogcatcher|doghouse|title=compounds}}
            {{rel-top|other}}
            * {{l|en|dog days}}
            {{rel-bottom}}
            ====Related terms====
            * {{l|en|doggish}}
            ====Descendants====
            * {{desc|ja|ドッグ|bor=1}}
            * Tok Pisin: {{l|tpi|dok}}
            ====Usage notes====
            * [[Rover]] is a common name.
            """).get(0);

    private static List<String> words(List<LinkedTerm> terms) {
        return terms.stream().map(LinkedTerm::word).toList();
    }

    @Test
    void sectionsTheirTemplatesAndLinks() {
        assertEquals(List.of("hound", "doggy", "pooch", "cur", "thing"), words(DOG.synonyms()));
        assertEquals(List.of("canine"), words(DOG.hypernyms()));
        assertEquals(List.of("poodle", "terrier", "hot dog"), words(DOG.hyponyms()));
        assertEquals(List.of("cat"), words(DOG.coordinateTerms()));
        assertEquals(List.of("paw"), words(DOG.meronyms()));
        assertEquals(List.of("pack"), words(DOG.holonyms()));
        assertEquals(List.of("dogcatcher", "doghouse", "dog days"), words(DOG.derived()));
        assertEquals(List.of("doggish"), words(DOG.related()));
    }

    @Test
    void aSenseQualifierTiesTheLineWhereTheMatchIsClear() {
        assertEquals(List.of("1"), DOG.synonyms().get(0).senseIds());
        assertEquals(List.of("1"), DOG.synonyms().get(2).senseIds(), "a link after the qualifier");
        assertEquals(List.of("2"), DOG.synonyms().get(3).senseIds());
        assertEquals(List.of(), DOG.synonyms().get(4).senseIds());
    }

    @Test
    void descendantsKeepTheirLanguage() {
        assertEquals(List.of(new LinkedTerm("ドッグ", List.of(), "ja"), new LinkedTerm("dok", List.of(), "tpi")), DOG.descendants());
    }

    @Test
    void alternativeFormsAboveThePartOfSpeechAreNotItsOwn() {
        assertEquals(List.of(new Form("dogs", List.of("plural"))), DOG.forms());
    }

    @Test
    void alternativeFormsBelowThePartOfSpeechAreFormsTaggedAlternative() {
        LexicalEntry entry = Snippets.english("colour", "Noun",
                "{{en-noun}}\n# A hue.\n====Alternative forms====\n* {{alt|en|color||American}}\n");
        assertEquals(List.of(new Form("colours", List.of("plural")), new Form("color", List.of("alternative"))), entry.forms());
    }
}
