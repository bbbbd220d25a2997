package org.aqea.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.aqea.testing.DumpFiles;

/** The German noun Hund in a dump of each edition. */
final class TwoEditions {

    private static final String GERMAN_EDITION_PAGE = """
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

    static Path englishDump() throws IOException {
        return Jobs.bz2("both-en.xml.bz2", "enwiktionary", List.of(DumpFiles.Page.article(71, "Hund", ENGLISH_EDITION_PAGE)));
    }
}
