package org.aqea.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.aqea.address.Domains;
import org.junit.jupiter.api.Test;

class RunParametersTest {

    private static Properties parameters(String edition, String languages) {
        Properties properties = new Properties();
        properties.setProperty(RunParameters.EDITION, edition);
        properties.setProperty(RunParameters.DUMP, "/dumps/dump.bz2");
        if (languages != null) {
            properties.setProperty(RunParameters.LANGUAGES, languages);
        }
        return properties;
    }

    @Test
    void theLanguagesARunTakesAreGivenOrTheEditionsDefault() {
        assertEquals(Optional.empty(), RunParameters.of(parameters("de", null), 500, false).takenLanguages().codes(),
                "a Wiktionary run takes every language");
        assertEquals(Optional.of(Domains.languages()), RunParameters.of(parameters("wikidata", null), 500, false)
                .takenLanguages().codes(), "a Wikidata run those with an AQEA domain");
        RunParameters given = RunParameters.of(parameters("wikidata", " de, nds ,de,zh-min-nan"), 500, false);
        assertEquals(List.of("de", "nds", "zh-min-nan"), given.languages());
        assertEquals(Optional.of(Set.of("de", "nds", "zh-min-nan")), given.takenLanguages().codes());
        assertEquals(given, RunParameters.of(given.toProperties(), 500, false), "kept with the run as they were given");
    }

    @Test
    void aLanguageListThatIsNoneIsRefusedByName() {
        RunRefusal notACode = assertThrows(RunRefusal.class, () -> RunParameters.of(parameters("de", "de,Deutsch"), 500, false));
        assertEquals(RunRefusal.INVALID_PARAMETERS, notACode.code());
        assertTrue(notACode.getMessage().contains("'Deutsch' is no language code"), notACode.getMessage());
        assertThrows(RunRefusal.class, () -> RunParameters.of(parameters("de", ",,"), 500, false));
    }
}
