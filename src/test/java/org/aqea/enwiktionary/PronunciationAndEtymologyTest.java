package org.aqea.enwiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Pronunciation;
import org.junit.jupiter.api.Test;

class PronunciationAndEtymologyTest {

    private static final LexicalEntry DICTIONARY = Snippets.parse("dictionary", """
            ==English==
            ===Etymology===
            From {{inh|en|enm|dixionare}}, from {{der|en|ML.|dictionarium}}, from {{der|en|la|dictio||speaking}} + {{m|la|-ārium}}.
            {{cog|de|Wörterbuch}}. {{etyl|la|en}} origin; compare {{affix|en|diction|-ary}}.

            ===Pronunciation===
            * {{a|en|RP}} {{IPA|en|/ˈdɪk.ʃə.n(ə)ɹi/|/ˈdɪk.ʃə.nɹi/}}
            * {{a|en|GA}} {{IPA|en|/ˈdɪk.ʃəˌnɛɹ.i/}}
            * {{audio|en|en-us-dictionary.ogg|a=US}}
            * {{rhymes|en|ɪkʃənəɹi|s=4}}
            * {{hyphenation|en|dic|tion|ary||dic|tion|a|ry}}

            ===Noun===
            {{en-noun}}
            # A [[reference work]] listing words.
            """).get(0);

    @Test
    void ipaWithItsAccentsAudioRhymesAndTheFirstHyphenation() {
        assertEquals(List.of("/ˈdɪk.ʃə.n(ə)ɹi/", "/ˈdɪk.ʃə.nɹi/", "/ˈdɪk.ʃəˌnɛɹ.i/"), DICTIONARY.ipa());
        assertEquals(List.of(new Pronunciation("/ˈdɪk.ʃə.n(ə)ɹi/", List.of("RP")), new Pronunciation("/ˈdɪk.ʃə.nɹi/", List.of("RP")),
                new Pronunciation("/ˈdɪk.ʃəˌnɛɹ.i/", List.of("GA"))), DICTIONARY.pronunciations());
        assertEquals(List.of("en-us-dictionary.ogg"), DICTIONARY.audio());
        assertEquals(List.of("ɪkʃənəɹi"), DICTIONARY.rhymes());
        assertEquals(List.of("dic", "tion", "ary"), DICTIONARY.hyphenation());
    }

    /** Pages of 2008 to 2018 name the language as {@code lang=}, or not at all for English. */
    @Test
    void olderFormsWithoutTheLanguageFirst() {
        List<LexicalEntry> entries = Snippets.parse("cat", """
                ==English==
                ===Pronunciation===
                * {{a|UK}} {{IPA|/kæt/|[kʰæʔ(t̚)]}}
                * {{audio|en-us-cat.ogg|Audio (US)}}
                * {{rhymes|æt}}
                * {{hyphenation|cat|lang=en}}

                ===Noun===
                {{en-noun}}
                # A [[feline]].

                ==Irish==
                ===Pronunciation===
                * {{IPA|lang=ga|[kɑt̪ˠ]}}
                * {{rhymes|at|lang=ga}}

                ===Noun===
                {{ga-noun|m}}
                # [[cat]]
                """);
        LexicalEntry english = entries.get(0);
        assertEquals(List.of("/kæt/", "[kʰæʔ(t̚)]"), english.ipa());
        assertEquals(List.of(new Pronunciation("/kæt/", List.of("UK")), new Pronunciation("[kʰæʔ(t̚)]", List.of("UK"))),
                english.pronunciations());
        assertEquals(List.of("en-us-cat.ogg"), english.audio());
        assertEquals(List.of("æt"), english.rhymes());
        assertEquals(List.of("cat"), english.hyphenation());
        assertEquals(List.of("[kɑt̪ˠ]"), entries.get(1).ipa());
        assertEquals(List.of("at"), entries.get(1).rhymes());
    }

    @Test
    void etymologyTemplatesAreRenderedAsTheWikiShowsThem() {
        assertEquals("From Middle English dixionare, from ML. dictionarium, from Latin dictio (“speaking”) + -ārium."
                + " German Wörterbuch. Latin origin; compare diction + -ary.", DICTIONARY.etymology());
    }

    @Test
    void affixesBlendsAndCalques() {
        TemplateText text = new TemplateText(LanguageNames.bundled());
        assertEquals("un- + do", text.plain("{{prefix|en|un|do}}"));
        assertEquals("dog + -ish", text.plain("{{suffix|en|dog|ish}}"));
        assertEquals("dog + house", text.plain("{{compound|en|dog|house}}"));
        assertEquals("blend of smoke + fog", text.plain("{{blend|en|smoke|fog}}"));
        assertEquals("calque of German Kindergarten", text.plain("{{calque|en|de|Kindergarten}}"));
        assertEquals("inherited from Old English hund", text.plain("{{inh+|en|ang|hund}}"));
        assertEquals("from Proto-Germanic *hundaz", text.plain("from {{inh|en|gem-pro|*hundaz}}"));
        assertEquals("unknown", text.plain("{{unk|en}}"));
        assertEquals("", text.plain("{{root|en|ine-pro|*ḱwṓ}}"), "templates that show nothing readable are dropped");
    }

    @Test
    void deeplyNestedTemplatesAreRenderedToABoundedDepthAndNeverOverflowTheStack() {
        TemplateText text = new TemplateText(LanguageNames.bundled());
        assertEquals("a (b (c))", text.plain("{{l|en|a|t={{l|en|b|t={{l|en|c}}}}}}").replace("“", "").replace("”", ""));
        String deep = "{{l|en|".repeat(50_000) + "dog" + "}}".repeat(50_000);
        assertEquals("", text.plain("# " + deep).replace("#", "").strip(), "beyond the depth the calls are dropped");
        assertEquals("dog", text.plain("{{l|en|".repeat(TemplateText.MAX_NESTING) + "dog" + "}}".repeat(TemplateText.MAX_NESTING)));
    }
}
