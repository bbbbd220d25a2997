package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.junit.jupiter.api.Test;

class HeadExtractorTest {

    private static List<String> forms(String word, String pos, String head) {
        return Snippets.english(word, pos, head + "\n# a sense\n").forms().stream()
                .map(f -> f.form() + " " + String.join(",", f.tags())).toList();
    }

    @Test
    void nounPluralsByTheDefaultRulesAndAsSpelled() {
        assertEquals(List.of("dogs plural"), forms("dog", "Noun", "{{en-noun}}"));
        assertEquals(List.of("boxes plural"), forms("box", "Noun", "{{en-noun}}"));
        assertEquals(List.of("cities plural"), forms("city", "Noun", "{{en-noun}}"));
        assertEquals(List.of("days plural"), forms("day", "Noun", "{{en-noun}}"));
        assertEquals(List.of("potatoes plural"), forms("potato", "Noun", "{{en-noun|es}}"));
        assertEquals(List.of("mice plural"), forms("mouse", "Noun", "{{en-noun|mice}}"));
        assertEquals(List.of("fish plural", "fishes plural"), forms("fish", "Noun", "{{en-noun|fish|fishes}}"));
    }

    @Test
    void uncountableAndUnknownPluralsGiveNoForm() {
        assertEquals(List.of(), forms("furniture", "Noun", "{{en-noun|-}}"));
        assertEquals(List.of(), forms("thing", "Noun", "{{en-noun|?}}"));
        assertEquals(List.of(), forms("thing", "Noun", "{{en-noun|!}}"));
        assertEquals(List.of("beers plural"), forms("beer", "Noun", "{{en-noun|~}}"));
        assertEquals(List.of("waters plural"), forms("water", "Noun", "{{en-noun|-|s}}"));
    }

    @Test
    void verbFormsByTheDefaultRules() {
        assertEquals(List.of("walks present,singular,third-person", "walking present,participle", "walked past",
                "walked past,participle"), forms("walk", "Verb", "{{en-verb}}"));
        assertEquals(List.of("bakes present,singular,third-person", "baking present,participle", "baked past",
                "baked past,participle"), forms("bake", "Verb", "{{en-verb}}"));
        assertEquals(List.of("tries present,singular,third-person", "trying present,participle", "tried past",
                "tried past,participle"), forms("try", "Verb", "{{en-verb}}"));
        assertEquals(List.of("dies present,singular,third-person", "dying present,participle", "died past",
                "died past,participle"), forms("die", "Verb", "{{en-verb}}"));
        assertEquals("seeing present,participle", forms("see", "Verb", "{{en-verb|sees|seeing|saw|seen}}").get(1));
        assertEquals(List.of("stops present,singular,third-person", "stopping present,participle", "stopped past",
                "stopped past,participle"), forms("stop", "Verb", "{{en-verb|++}}"));
        assertEquals(List.of("pushes present,singular,third-person", "pushing present,participle", "pushed past",
                "pushed past,participle"), forms("push", "Verb", "{{en-verb}}"));
    }

    @Test
    void irregularVerbFormsAsSpelled() {
        assertEquals(List.of("goes present,singular,third-person", "going present,participle", "went past",
                "gone past,participle"), forms("go", "Verb", "{{en-verb|goes|going|went|gone}}"));
        assertEquals(List.of("runs present,singular,third-person", "running present,participle", "ran past",
                "run past,participle"), forms("run", "Verb", "{{en-verb|runs|running|ran|run}}"));
    }

    @Test
    void theOldStemFormOfEnVerbIsLeftOutNotGuessed() {
        LexicalEntry entry = Snippets.english("try", "Verb", "{{en-verb|tr|i|ed}}\n# to attempt\n");
        assertEquals(List.of(), entry.forms());
        assertTrue(entry.warnings().stream().anyMatch(w -> w.contains("old stem form")), entry.warnings().toString());
    }

    @Test
    void comparisonWithMoreAndMostOrErAndEst() {
        assertEquals(List.of("more beautiful comparative", "most beautiful superlative"),
                forms("beautiful", "Adjective", "{{en-adj}}"));
        assertEquals(List.of("taller comparative", "tallest superlative"), forms("tall", "Adjective", "{{en-adj|er}}"));
        assertEquals(List.of("happier comparative", "happiest superlative"), forms("happy", "Adjective", "{{en-adj|er}}"));
        assertEquals(List.of("nicer comparative", "nicest superlative"), forms("nice", "Adjective", "{{en-adj|er}}"));
        assertEquals(List.of("better comparative", "best superlative"), forms("good", "Adjective", "{{en-adj|better|sup=best}}"));
        assertEquals(List.of("bigger comparative", "biggest superlative"), forms("big", "Adjective", "{{en-adj|bigger}}"));
        assertEquals(List.of(), forms("dead", "Adjective", "{{en-adj|-}}"));
        assertEquals(List.of("faster comparative", "fastest superlative"), forms("fast", "Adverb", "{{en-adv|er}}"));
    }

    @Test
    void gendersFromOtherLanguagesHeads() {
        String page = """
                ==German==
                ===Noun===
                {{de-noun|m,es,e}}
                # [[dog]]
                ==French==
                ===Noun===
                {{fr-noun|f}}
                # [[house]]
                ==Dutch==
                ===Noun===
                {{head|nl|noun|g=c|g2=n}}
                # a word
                ==Italian==
                ===Noun===
                {{it-noun|m-p}}
                # a plural noun
                """;
        List<LexicalEntry> entries = Snippets.parse("x", page);
        assertEquals(List.of(List.of("m"), List.of("f"), List.of("u", "n"), List.of("m")),
                entries.stream().map(LexicalEntry::genders).toList());
        assertEquals(List.<Form>of(), entries.get(0).forms(), "de-noun's forms need the module: none");
    }

    @Test
    void headTemplateLabelAndFormPairs() {
        assertEquals(List.of("oxen plural"), forms("ox", "Noun", "{{head|en|noun|plural|oxen}}"));
    }
}
