package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.junit.jupiter.api.Test;

class InflectionExtractorTest {

    @Test
    void nounTableGivesCaseAndNumberWithStarredVariants() {
        List<Form> forms = Pages.fixture("Kind").get(0).forms();
        assertTrue(forms.contains(new Form("Kindes", List.of("genitive", "singular"))));
        assertTrue(forms.contains(new Form("Kinds", List.of("genitive", "singular", "variant"))));
        assertTrue(forms.contains(new Form("Kindern", List.of("dative", "plural"))));
        assertTrue(forms.stream().noneMatch(f -> f.form().contains("jpg")), "picture parameters are no forms");
    }

    @Test
    void genderComesFromTheTableWhenTheHeadingHasNone() {
        LexicalEntry entry = Pages.parse("Joghurt", """
                == Joghurt ({{Sprache|Deutsch}}) ==
                === {{Wortart|Substantiv|Deutsch}} ===
                {{Deutsch Substantiv Übersicht
                |Genus 1=m
                |Genus 2=n
                |Nominativ Singular 1=der Joghurt
                |Nominativ Singular 2=das Joghurt
                |Nominativ Plural=—
                }}
                """).get(0);
        assertEquals(List.of("m", "n"), entry.genders());
        assertEquals(2, entry.forms().size(), "the empty plural is no form");
    }

    @Test
    void aNounOfTwoGendersListsEachFormWithItsTagsOnce() {
        LexicalEntry entry = Pages.parse("Keks", """
                == Keks ({{Sprache|Deutsch}}) ==
                === {{Wortart|Substantiv|Deutsch}}, {{m}}, {{n}} ===
                {{Deutsch Substantiv Übersicht
                |Genus 1=m
                |Genus 2=n
                |Nominativ Singular 1=der Keks
                |Nominativ Singular 2=das Keks
                |Nominativ Plural 1=die Kekse
                |Nominativ Plural 2=die Kekse
                }}
                """).get(0);
        assertEquals(List.of("der Keks", "das Keks", "die Kekse"), entry.forms().stream().map(Form::form).toList());
    }

    @Test
    void verbTableGivesPersonTenseMoodAndAuxiliary() {
        LexicalEntry entry = Pages.parse("gehen", """
                == gehen ({{Sprache|Deutsch}}) ==
                === {{Wortart|Verb|Deutsch}} ===
                {{Deutsch Verb Übersicht
                |Präsens_ich=gehe
                |Präsens_du=gehst
                |Präsens_er, sie, es=geht
                |Präteritum_ich=ging
                |Partizip II=gegangen
                |Konjunktiv II_ich=ginge
                |Imperativ Singular=geh
                |Imperativ Singular*=gehe
                |Imperativ Plural=geht
                |Hilfsverb=sein
                }}
                """).get(0);
        List<Form> forms = entry.forms();
        assertTrue(forms.contains(new Form("gehe", List.of("present", "first-person", "singular"))), forms.toString());
        assertTrue(forms.contains(new Form("geht", List.of("present", "third-person", "singular"))), forms.toString());
        assertTrue(forms.contains(new Form("ging", List.of("preterite", "first-person", "singular"))));
        assertTrue(forms.contains(new Form("gegangen", List.of("past", "participle"))));
        assertTrue(forms.contains(new Form("ginge", List.of("subjunctive-ii", "first-person", "singular"))));
        assertTrue(forms.contains(new Form("gehe", List.of("imperative", "singular", "variant"))));
        assertTrue(forms.contains(new Form("sein", List.of("auxiliary"))));
    }

    @Test
    void adjectiveTableAndTablesOfOtherLanguages() {
        LexicalEntry adjective = Pages.parse("schnell", """
                == schnell ({{Sprache|Deutsch}}) ==
                === {{Wortart|Adjektiv|Deutsch}} ===
                {{Deutsch Adjektiv Übersicht
                |Positiv=schnell
                |Komparativ=schneller
                |Superlativ=am schnellsten
                }}
                """).get(0);
        assertEquals(List.of(new Form("schnell", List.of("positive")), new Form("schneller", List.of("comparative")),
                new Form("am schnellsten", List.of("superlative"))), adjective.forms());

        LexicalEntry latin = Pages.parse("rosa", """
                == rosa ({{Sprache|Latein}}) ==
                === {{Wortart|Substantiv|Latein}}, {{f}} ===
                {{Latein Substantiv Übersicht
                |Nominativ Singular=rosa
                |Genitiv Singular=rosae
                |Vokativ Plural=rosae
                }}
                """).get(0);
        assertEquals("la", latin.langCode());
        assertTrue(latin.forms().contains(new Form("rosae", List.of("vocative", "plural"))));
    }
}
