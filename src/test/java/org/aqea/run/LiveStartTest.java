package org.aqea.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveStartTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aLiveRunStartsAtTheNewestOfTheLastWindowTheLastDayAndTheFullDump() {
        Optional<LocalDate> fullDump = Optional.of(LocalDate.parse("2026-12-01"));
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), LiveStart.since("de", Optional.empty(), Optional.empty(), fullDump, NOW),
                "from the beginning of the full dump's day: what it holds already is passed over");
        assertEquals(Instant.parse("2026-12-04T00:00:00Z"), LiveStart.since("de", Optional.empty(),
                Optional.of(LocalDate.parse("2026-12-04")), fullDump, NOW));
        Instant window = Instant.parse("2026-12-06T23:59:00Z");
        assertEquals(window, LiveStart.since("de", Optional.of(window), Optional.of(LocalDate.parse("2026-12-04")), fullDump, NOW));
        assertEquals(Instant.parse("2026-12-07T00:00:00Z"), LiveStart.since("de", Optional.of(window), Optional.empty(),
                Optional.of(LocalDate.parse("2026-12-07")), NOW), "a newer full dump starts the windows again from its day");
    }

    @Test
    void withoutADatedDumpOrAfterTheWikisRecentChangesAreGoneALiveRunIsRefused() {
        RunRefusal unknown = assertThrows(RunRefusal.class, () -> LiveStart.since("de", Optional.empty(), Optional.empty(),
                Optional.empty(), NOW));
        assertEquals(RunRefusal.LIVE_REFUSED, unknown.code());
        assertTrue(unknown.getMessage().startsWith("edition 'de' has no finished run of a dated full dump"), unknown.getMessage());
        RunRefusal tooOld = assertThrows(RunRefusal.class, () -> LiveStart.since("de", Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.parse("2026-11-06")), NOW));
        assertEquals("edition 'de' was last brought up to 2026-11-06T00:00:00Z, longer ago than the wiki keeps its recent"
                + " changes (30 days): run a newer full dump, or the days of incremental dumps since, first", tooOld.getMessage());
        assertEquals(Instant.parse("2026-11-08T00:00:00Z"), LiveStart.since("de", Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.parse("2026-11-08")), NOW));
    }

    @Test
    void aLiveRunNamesItsOperator() {
        assertEquals("LIVE_REFUSED: a live run names its operator to the wiki, as Wikimedia's User-Agent policy asks: set"
                + " AQEA_OPERATOR_CONTACT to your e-mail address or web page",
                assertThrows(RunRefusal.class, () -> LiveStart.userAgent(Optional.empty())).exitStatus());
        assertTrue(LiveStart.userAgent(Optional.of("ops@example.org")).startsWith("AQEA-Extractor/0.1.0 (ops@example.org) "));
    }

    @Test
    void aLiveRunReadsTheApiTheOperatorSet() {
        assertEquals("https://de.wiktionary.org/w/api.php", LiveStart.checkedApi("de", "https://de.wiktionary.org/w/api.php",
                "https://de.wiktionary.org/w/api.php"));
        RunRefusal other = assertThrows(RunRefusal.class, () -> LiveStart.checkedApi("de", "http://10.0.0.5/w/api.php",
                "https://de.wiktionary.org/w/api.php"));
        assertEquals("DUMP_NOT_ALLOWED: a live run of edition 'de' reads the API the operator set (AQEA_WIKI_API_URL),"
                + " https://de.wiktionary.org/w/api.php, not http://10.0.0.5/w/api.php", other.exitStatus());
    }
}
