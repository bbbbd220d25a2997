package org.aqea.it;

import java.io.IOException;
import java.nio.file.Path;
import org.aqea.testing.PanLexSnapshots;
import java.util.List;
import java.util.Map;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.Lexemes;

/** The German noun Hund in a dump of each edition, and in Wikidata's lexemes (with English dog, its translation). */
final class TwoEditions {

    static final String GERMAN_EDITION_PAGE = """
            == Hund ({{Sprache|Deutsch}}) ==
            === {{Wortart|Substantiv|Deutsch}}, {{m}} ===
            {{Bedeutungen}}
            :[1] {{K|Zoologie}} ein [[Haustier]]
            ==== {{Übersetzungen}} ====
            {{Ü-Tabelle|1|Ü-Liste=
            *{{en}}: [1] {{Ü|en|dog}}
            }}
            """;

    private static final String ENGLISH_EDITION_PAGE = """
            ==German==
            ===Etymology===
            From {{inh|de|gmh|hunt}}, from {{inh|de|goh|hunt}}.
            ===Pronunciation===
            * {{IPA|de|/hʊnt/}}
            ===Noun===
            {{de-noun|m,es,e}}

            # [[dog]]
            #: {{uxi|de|Der '''Hund''' bellt.|The dog barks.}}
            """;

    private TwoEditions() {
    }

    static Path germanDump() throws IOException {
        return Jobs.bz2("both-de.xml.bz2", "dewiktionary", List.of(DumpFiles.Page.article(11, "Hund", GERMAN_EDITION_PAGE)));
    }

    /** Hund ({@code L900001}) and dog ({@code L900002}) as Wikidata has them, translations of each other. */
    static List<String> lexemes() {
        return List.of(Lexemes.lexeme("L900001", "de", "Hund", "Q188", "Q1084").gender("Q499327")
                        .form("Hund", List.of("Q131105", "Q110786"), "hʊnt").form("Hunde", List.of("Q131105", "Q146786"), null)
                        .sense("de", "Haustier, das bellt", "en", "dog").senseLink("P5137", "Q144")
                        .senseLink("P5972", "L900002-S1").json(),
                Lexemes.lexeme("L900002", "en", "dog", "Q1860", "Q1084").sense("en", "a domesticated canid")
                        .senseLink("P5972", "L900001-S1").json());
    }

    static Path lexemesDump() throws IOException {
        return Jobs.lexemes("both-lexemes.json.bz2", lexemes());
    }

    static Path englishDump() throws IOException {
        return Jobs.bz2("both-en.xml.bz2", "enwiktionary", List.of(DumpFiles.Page.article(71, "Hund", ENGLISH_EDITION_PAGE)));
    }

    /** Hund in the French edition, glossed in French. */
    static Path frenchDump() throws IOException {
        return Jobs.bz2("both-fr.xml.bz2", "frwiktionary", List.of(DumpFiles.Page.article(81, "Hund", """
                == {{langue|de}} ==
                === {{S|nom|de}} ===
                '''Hund''' {{pron|hʊnt|de}} {{m}}
                # [[chien|Chien]].
                """)));
    }

    /** Hund in the Spanish, Italian, Portuguese and Dutch editions, each glossed in its language. */
    private static final Map<String, String> HUND_ELSEWHERE = Map.of(
            "es", """
                    == {{lengua|de}} ==
                    === Etimología ===
                    ==== {{sustantivo masculino|de}} ====
                    ;1: [[perro|Perro]].
                    """,
            "it", """
                    == {{-de-}} ==
                    {{-sost-|de}}
                    {{Pn}} ''m''
                    # [[cane]]
                    """,
            "pt", """
                    ={{-de-}}=
                    ==Substantivo==
                    '''Hund''' {{m}}
                    # [[cão]]
                    """,
            "nl", """
                    {{=deu=}}
                    {{-noun-|deu}}
                    {{-l-|m}}
                    #[[hond]]
                    """);

    /** A dump of the Spanish, Italian, Portuguese or Dutch edition holding Hund. */
    static Path hundIn(String edition) throws IOException {
        return Jobs.bz2("both-" + edition + ".xml.bz2", edition + "wiktionary",
                List.of(DumpFiles.Page.article(91, "Hund", HUND_ELSEWHERE.get(edition))));
    }

    /** A PanLex snapshot, unpacked, in which German Hund and English dog translate each other. */
    static Path panLexSnapshot() throws IOException {
        Path folder = Path.of("target", "it-dumps", "panlex-20240301-csv").toAbsolutePath();
        new PanLexSnapshots(300, 900, 3, false).withPair("deu-000", "Hund", "eng-000", "dog", 2).writeFolder(folder);
        return folder;
    }
}
