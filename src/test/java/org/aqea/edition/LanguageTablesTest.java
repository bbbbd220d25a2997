package org.aqea.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.aqea.dewiktionary.GermanEdition;
import org.aqea.enwiktionary.EnglishEdition;
import org.aqea.frwiktionary.FrenchEdition;
import org.aqea.itwiktionary.ItalianEdition;
import org.aqea.nlwiktionary.DutchEdition;
import org.aqea.ptwiktionary.PortugueseEdition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en", "es", "fr", "it", "pt", "nl"})
    void bundledTableIsTheOneGeneratedFromTheEditionsLanguageData(String edition) throws Exception {
        assertTrue(Files.isRegularFile(LanguageTables.data(edition)), LanguageTables.data(edition)
                + " is missing: the shared folder lies beside the repository (Debian's iso-codes for it, pt and nl)");
        assertEquals(LanguageTables.generate(edition), Files.readString(LanguageTables.bundled(edition), StandardCharsets.UTF_8),
                "generate it again (see LanguageTables)");
    }

    @Test
    void everyLanguageOfTheDataIsKnownByItsNames() {
        LanguageTable german = LanguageTable.bundled(GermanEdition.class);
        assertEquals("li", german.codeOf("Limburgisch"));
        assertEquals("ils", german.codeOf("International"));
        assertEquals("de", german.codeOf("Deutsch"));
        assertEquals("el", german.codeOf("Neugriechisch"));
        LanguageTable english = LanguageTable.bundled(EnglishEdition.class);
        assertEquals("pdc", english.codeOf("Pennsylvania German"));
        assertEquals("mul", english.codeOf("Translingual"));
        assertEquals("gem-pro", english.codeOf("Proto-Germanic"));
        assertEquals("Middle English", english.nameOf("enm"));
        assertTrue(english.size() >= 8192, "languages: " + english.size());
        LanguageTable french = LanguageTable.bundled(FrenchEdition.class);
        assertEquals("Français", french.nameOf("fr"));
        assertEquals("Normand", french.nameOf("normand"), "a code of a language the data names under several codes");
        assertEquals("nrf", french.codeOf("Normand"), "the name stands for the ISO 639-3 code");
        assertEquals("ab", french.codeOf("Abkhaze"), "the ISO 639-1 code before the ISO 639-3 one");
        LanguageTable dutch = LanguageTable.bundled(DutchEdition.class);
        assertEquals("Engels", dutch.nameOf("eng"));
        assertEquals("en", dutch.preferredCode("eng"), "the edition's three-letter code stands for the two-letter one");
        assertEquals("en", dutch.preferredCode("en"));
        assertEquals(null, dutch.preferredCode("Est"), "a template that names no language");
        assertEquals("Italiano", LanguageTable.bundled(ItalianEdition.class).nameOf("it"));
        assertEquals("Galego-Português Medieval", LanguageTable.bundled(PortugueseEdition.class).nameOf("roa-gpm"),
                "the supplement's code of the edition's own");
    }
}
