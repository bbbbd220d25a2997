package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.junit.jupiter.api.Test;

class SenseExtractorTest {

    private static final LexicalEntry DOG = Snippets.english("dog", "Noun", """
            {{en-noun}}

            # {{lb|en|countable}} A [[mammal]], {{taxlink|Canis familiaris|species}}, kept as a [[pet]].
            #: {{syn|en|hound|pooch<q:informal>|Thesaurus:dog}}
            #: {{ux|en|The '''dog''' barked all night.}}
            #* {{quote-book|en|year=1907|author=A. Writer|title=A Made-up Book|passage=The '''dog''' ran home.}}
            ## {{lb|en|specifically}} A male dog, as opposed to a [[bitch]].
            ##: {{ant|en|bitch}}
            # {{lb|en|slang|derogatory}} A [[contemptible]] person {{gloss|usually male}}.
            #* 1910, B. Author, ''Another Book'', page 3:
            #*: You '''dog''', you!
            # {{lb|en|zoology}} Any member of the family {{taxfmt|Canidae|family}}; see {{w|Canidae|canids}}.
            #: ''The '''dog''' family includes wolves.''
            # {{rfdef|en}}
            """);

    @Test
    void sensesAndSubsensesAreNumberedByTheirDepth() {
        assertEquals(List.of("1", "1.1", "2", "3"), DOG.senses().stream().map(Sense::id).toList());
    }

    @Test
    void labelsComeFromLbAndGlossesRenderTheirTemplates() {
        Sense first = DOG.senses().get(0);
        assertEquals(List.of("countable"), first.labels());
        assertEquals("A mammal, Canis familiaris, kept as a pet.", first.gloss());
        assertEquals(List.of("slang", "derogatory"), DOG.senses().get(2).labels());
        assertEquals("A contemptible person (usually male).", DOG.senses().get(2).gloss());
        assertEquals("Any member of the family Canidae; see canids.", DOG.senses().get(3).gloss());
    }

    /** The glosses of a word of another language on the real page Mars link the English word with the light templates. */
    @Test
    void theLightLinkTemplatesOfGlossesKeepTheirWord() {
        LexicalEntry mars = Snippets.parse("Mars", """
                ==Danish==
                ===Proper noun===
                {{da-proper noun}}

                # {{senseid|da|Q111}}{{C|da|Planets of the Solar System}}{{l-lite|en|Mars}} (planet)
                # {{senseid|da|Q112}} {{lb|da|Roman god}} {{m-lite|en|Mars}}, the [[Roman]] [[god]] of [[war]]
                """).get(0);
        assertEquals(List.of("Mars (planet)", "Mars, the Roman god of war"), mars.senses().stream().map(Sense::gloss).toList());
    }

    @Test
    void examplesAndQuotationPassages() {
        assertEquals(List.of("The dog barked all night.", "The dog ran home."), DOG.senses().get(0).examples());
        assertEquals(List.of("You dog, you!"), DOG.senses().get(2).examples());
        assertEquals(List.of("The dog family includes wolves."), DOG.senses().get(3).examples());
    }

    @Test
    void relationsUnderASenseAreTiedToIt() {
        assertEquals(List.of(new LinkedTerm("hound", List.of("1")), new LinkedTerm("pooch", List.of("1"))), DOG.synonyms());
        assertEquals(List.of(new LinkedTerm("bitch", List.of("1.1"))), DOG.antonyms());
    }

    @Test
    void aRequestForADefinitionIsNoSense() {
        assertEquals(4, DOG.senses().size());
    }

    @Test
    void foreignExamplesKeepTheirTranslation() {
        LexicalEntry entry = Snippets.parse("Hund", """
                ==German==
                ===Noun===
                {{de-noun|m,es,e}}
                # [[dog]]
                #: {{uxi|de|Der '''Hund''' bellt.|The dog barks.}}
                #* {{quote-book|de|year=1900|passage=Ein '''Hund''' kam.|translation=A dog came.}}
                """).get(0);
        assertEquals(List.of("Der Hund bellt. ― The dog barks.", "Ein Hund kam. ― A dog came."),
                entry.senses().get(0).examples());
    }

    @Test
    void formOfDefinitionsNameTheLemmaAndTheTags() {
        LexicalEntry plural = Snippets.english("dogs", "Noun", "{{head|en|noun form}}\n# {{plural of|en|dog}}\n");
        assertEquals("dog", plural.formOf());
        assertEquals(List.of("plural"), plural.formOfTags());
        assertEquals("plural of dog", plural.senses().get(0).gloss());

        LexicalEntry walked = Snippets.english("walked", "Verb", "{{head|en|verb form}}\n# {{past participle of|en|walk}}\n");
        assertEquals(List.of("past", "participle"), walked.formOfTags());

        LexicalEntry went = Snippets.english("went", "Verb", "{{head|en|verb form}}\n# {{en-past of|go}}\n");
        assertEquals("go", went.formOf());
        assertEquals(List.of("past"), went.formOfTags());
        assertEquals("past of go", went.senses().get(0).gloss());

        LexicalEntry hunde = Snippets.parse("Hunde", """
                ==German==
                ===Noun===
                {{head|de|noun form}}
                # {{inflection of|de|Hund||nom//acc//gen|p}}
                """).get(0);
        assertEquals("Hund", hunde.formOf());
        assertEquals(List.of("nominative", "accusative", "genitive", "plural"), hunde.formOfTags());
        assertEquals("nominative accusative genitive plural of Hund", hunde.senses().get(0).gloss());

        LexicalEntry color = Snippets.english("colour", "Noun", "{{en-noun}}\n# {{alt form|en|color}}\n");
        assertEquals(List.of("alternative"), color.formOfTags());
        assertEquals("alternative form of color", color.senses().get(0).gloss());
    }

    @Test
    void abbreviationsAndDiminutivesAreLexemesNotForms() {
        LexicalEntry entry = Snippets.english("NATO", "Proper noun", "{{en-prop}}\n# {{initialism of|en|North Atlantic Treaty Organization}}\n");
        assertEquals(null, entry.formOf());
    }
}
