package org.aqea.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aqea.testing.DumpFiles;

/** The German noun Hund in a dump of each edition, and start requests naming the edition. */
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
        return dump("both-de.xml.bz2", "dewiktionary", List.of(DumpFiles.Page.article(11, "Hund", GERMAN_EDITION_PAGE)));
    }

    static Path englishDump() throws IOException {
        return dump("both-en.xml.bz2", "enwiktionary", List.of(DumpFiles.Page.article(71, "Hund", ENGLISH_EDITION_PAGE)));
    }

    static Path dump(String name, String wiki, List<DumpFiles.Page> pages) throws IOException {
        Path file = Path.of("target", "it-dumps", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return DumpFiles.writeBz2(file, DumpFiles.SCHEMA_011, wiki, pages);
    }

    /** A start request for the dump read as the edition, with extra JSON members such as {@code ,"complete":true}. */
    static String request(String edition, Path dump, String extra) {
        return "{\"source\":\"wiktionary-dump\",\"edition\":\"" + edition + "\",\"dump\":\"" + dump + "\"" + extra + "}";
    }
}
