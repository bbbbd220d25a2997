package org.aqea.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void anIncrementalRunReadsADayOfAWiktionaryEditionAndSurvivesTheRoundTrip() {
        Properties day = parameters("de", null);
        day.setProperty(RunParameters.DUMP, "/dumps/dewiktionary-20261203-pages-meta-hist-incr.xml.bz2");
        day.setProperty(RunParameters.INCREMENTAL, "true");
        day.setProperty(RunParameters.FORCE, "true");
        RunParameters parameters = RunParameters.of(day, 500, false);
        assertTrue(parameters.incremental() && parameters.force());
        assertEquals(parameters, RunParameters.of(parameters.toProperties(), 500, false));

        day.setProperty(RunParameters.COMPLETE, "true");
        assertEquals("an incremental dump holds the pages changed on a day, never the whole edition: complete must not be true",
                assertThrows(RunRefusal.class, () -> RunParameters.of(day, 500, false)).getMessage());
        Properties wikidata = parameters("wikidata", null);
        wikidata.setProperty(RunParameters.INCREMENTAL, "true");
        assertEquals("incremental dumps are read for Wiktionary editions, not 'wikidata'",
                assertThrows(RunRefusal.class, () -> RunParameters.of(wikidata, 500, false)).getMessage());
        Properties notIncremental = parameters("de", null);
        notIncremental.setProperty(RunParameters.DUMP, "/dumps/dewiktionary-20261203-pages-meta-hist-incr.xml.bz2");
        assertEquals("'dewiktionary-20261203-pages-meta-hist-incr.xml.bz2' is a day of incremental dumps: read it with the"
                + " source 'wiktionary-incremental'", assertThrows(RunRefusal.class, () -> RunParameters.of(notIncremental, 500, false)).getMessage());
        Properties full = parameters("de", null);
        full.setProperty(RunParameters.FORCE, "true");
        assertEquals("force applies an incremental day although days before it are missing; this run is not incremental",
                assertThrows(RunRefusal.class, () -> RunParameters.of(full, 500, false)).getMessage());
    }

    @Test
    void aLiveRunReadsAWiktionaryEditionsApiAndNothingElse() {
        Properties live = parameters("de", null);
        live.setProperty(RunParameters.DUMP, "https://de.wiktionary.org/w/api.php");
        live.setProperty(RunParameters.LIVE, "true");
        RunParameters parameters = RunParameters.of(live, 500, false);
        assertTrue(parameters.live() && parameters.readsChangedPagesOnly() && !parameters.incremental());
        assertEquals(parameters, RunParameters.of(parameters.toProperties(), 500, false));
        assertTrue(!RunParameters.of(parameters("de", null), 500, false).readsChangedPagesOnly(), "a full run reads all");

        Properties alsoIncremental = (Properties) live.clone();
        alsoIncremental.setProperty(RunParameters.INCREMENTAL, "true");
        assertEquals("a live run reads the wiki's changes since the last run: incremental, force and complete do not apply",
                assertThrows(RunRefusal.class, () -> RunParameters.of(alsoIncremental, 500, false)).getMessage());
        Properties aFile = (Properties) live.clone();
        aFile.setProperty(RunParameters.DUMP, "/dumps/dump.bz2");
        assertEquals("a live run reads the wiki's Action API: dump must be its api.php URL, not '/dumps/dump.bz2'",
                assertThrows(RunRefusal.class, () -> RunParameters.of(aFile, 500, false)).getMessage());
        Properties wikidata = parameters("wikidata", null);
        wikidata.setProperty(RunParameters.LIVE, "true");
        assertEquals("the live wiki is followed for Wiktionary editions, not 'wikidata'",
                assertThrows(RunRefusal.class, () -> RunParameters.of(wikidata, 500, false)).getMessage());
    }

    @Test
    void aMinimumScoreIsAWholeNumberForAnEditionWhoseTranslationsAreScored() {
        Properties panlex = parameters("panlex", null);
        panlex.setProperty(RunParameters.MINIMUM_SCORE, "3");
        RunParameters parameters = RunParameters.of(panlex, 500, false);
        assertEquals(3, parameters.minimumScore());
        assertEquals(parameters, RunParameters.of(parameters.toProperties(), 500, false), "kept for the restart");
        assertEquals(null, RunParameters.of(parameters("panlex", null), 500, false).minimumScore(), "the edition's own");
        for (String wrong : new String[] {"0", "1001", "x"}) {
            panlex.setProperty(RunParameters.MINIMUM_SCORE, wrong);
            assertTrue(assertThrows(RunRefusal.class, () -> RunParameters.of(panlex, 500, false)).getMessage()
                    .startsWith("minimumScore must be"), wrong);
        }
        Properties german = parameters("de", null);
        german.setProperty(RunParameters.MINIMUM_SCORE, "2");
        assertEquals("minimumScore keeps the translations scored at least that much; the edition 'de' scores none (PanLex does)",
                assertThrows(RunRefusal.class, () -> RunParameters.of(german, 500, false)).getMessage());
    }

    @Test
    void meaningsAreEmbeddedByTheRunOnlyWhenAskedFor() {
        assertFalse(RunParameters.of(parameters("de", null), 500, false).meanings());
        Properties asked = parameters("de", null);
        asked.setProperty(RunParameters.MEANINGS, "true");
        RunParameters parameters = RunParameters.of(asked, 500, false);
        assertTrue(parameters.meanings());
        assertEquals(parameters, RunParameters.of(parameters.toProperties(), 500, false), "kept for the restart");
        asked.setProperty(RunParameters.MEANINGS, "yes");
        assertEquals("meanings must be true or false, not 'yes'",
                assertThrows(RunRefusal.class, () -> RunParameters.of(asked, 500, false)).getMessage());
    }
}
