package org.aqea.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.DutchPages;
import org.aqea.testing.ItalianPages;
import org.aqea.testing.Mutations;
import org.aqea.testing.PortuguesePages;
import org.aqea.testing.RealPages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated and real pages of the editions {@link SectionedPageParser} reads (Italian, Portuguese, Dutch), damaged
 * thousands of ways with each edition's own debris: the whole pipeline takes each one.
 */
class SectionedEditionsRobustnessTest {

    static Stream<Arguments> editions() {
        return Stream.of(
                Arguments.of("it", new ItalianPages(7).pages(300), Pattern.compile("(?m)^==\\s*\\{\\{-([^}|]+)-}}\\s*==\\s*$"),
                        new String[] {"{{-sost-|it}}", "{{-verb form-}}", "{{-sill-}}", "; a | b", "{{-trad-}}", "{{Trad1|",
                                "{{Trad2}}", ":* {{en}}: [[", "{{Tabs|", "{{Pn}} ''m''", "{{Term|", "{{-pron-}}", "{{IPA|"}),
                Arguments.of("pt", new PortuguesePages(7).pages(300), Pattern.compile("(?m)^=\\s*\\{\\{-([^}|]+)-}}\\s*=\\s*$"),
                        new String[] {"==Substantivo==", "==Forma verbal==", "===Tradução===", "{{tradini}}", "{{tradfim}}",
                                "* {{trad|", "{{flex.pt|ms=", "{{paroxítona|", "=={{pronúncia|pt}}==", "===Brasil===",
                                "{{escopo|pt|", "[[Categoria:"}),
                Arguments.of("nl", new DutchPages(7).pages(300), Pattern.compile("(?m)^\\{\\{=([^}|]+)=}}\\s*$"),
                        new String[] {"{{=nld=}}", "{{-noun-|nld}}", "{{-l-|", "{{-nlnoun-|", "{{-trans-}}", "{{trans-top|1.",
                                "{{trans-bottom}}", "*{{eng}}: {{trad|eng|", "{{bijv-1|", "{{-syll-}}", "*[1] [["}));
    }

    @ParameterizedTest
    @MethodSource("editions")
    void damagedPagesNeverDefeatThePipeline(String edition, List<DumpFiles.Page> generated, Pattern languageHeading,
                                            String[] editionDebris) throws Exception {
        List<String> debris = new ArrayList<>(List.of("{{", "}}", "[[", "]]", "|", "=", "==", "===", "\n", "<!--", "-->",
                "<ref>", "</ref>", "#", "#*", "*", ":", "\u0000", "\uFFFF", "ß"));
        debris.addAll(List.of(editionDebris));
        ExtractionPipeline pipeline = new ExtractionPipeline(Editions.of(edition).orElseThrow().newParser(), TakenLanguages.ALL);
        List<DumpFiles.Page> pages = new ArrayList<>(generated);
        if (!edition.equals("nl")) {
            // No real Dutch page is at hand.
            pages.addAll(RealPages.singlePages(edition));
        }
        assertTrue(pages.size() >= 300, "pages: " + pages.size());
        int extracted = Mutations.extractEveryDamagedPage(pipeline, pages, languageHeading, LanguageTables.codes(edition),
                debris.toArray(String[]::new), new Random(20261206));
        assertEquals(5 * pages.size(), extracted);
    }
}
