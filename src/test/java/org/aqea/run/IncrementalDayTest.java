package org.aqea.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncrementalDayTest {

    private static final Optional<LocalDate> FULL = Optional.of(LocalDate.of(2026, 12, 1));

    @Test
    void theDayAndWikiComeFromWikimediasFileNameInAPathOrUrl() {
        assertEquals(new IncrementalDay("dewiktionary", LocalDate.of(2026, 12, 3)),
                IncrementalDay.of("/data/dumps/dewiktionary-20261203-pages-meta-hist-incr.xml.bz2"));
        assertEquals(new IncrementalDay("enwiktionary", LocalDate.of(2026, 2, 28)),
                IncrementalDay.of("https://dumps.wikimedia.org/other/incr/enwiktionary/20260228/enwiktionary-20260228-pages-meta-hist-incr.xml.bz2"));
        RunRefusal full = assertThrows(RunRefusal.class, () -> IncrementalDay.of("/d/dewiktionary-20261203-pages-articles.xml.bz2"));
        assertEquals(RunRefusal.INVALID_PARAMETERS, full.code());
        assertEquals("an incremental run reads a daily adds-changes dump named <wiki>-<yyyymmdd>-pages-meta-hist-incr.xml.bz2"
                + " (as Wikimedia publishes it), not 'dewiktionary-20261203-pages-articles.xml.bz2'", full.getMessage());
        assertThrows(RunRefusal.class, () -> IncrementalDay.of("dewiktionary-20261340-pages-meta-hist-incr.xml.bz2"));
    }

    @Test
    void theFirstDayAfterAFullDumpIsItsOwnDayThenEachFollowingDayOnce() {
        assertDoesNotThrow(() -> day("2026-12-01").checkFollows("de", Optional.empty(), FULL, false));
        assertDoesNotThrow(() -> day("2026-12-04").checkFollows("de", Optional.of(LocalDate.of(2026, 12, 3)), FULL, false));
        assertEquals("day 2026-12-03 of edition 'de' was applied already (the last day applied is 2026-12-03)",
                refusal(day("2026-12-03"), Optional.of(LocalDate.of(2026, 12, 3)), FULL, false));
        assertEquals("day 2026-12-02 of edition 'de' was applied already (the last day applied is 2026-12-03)",
                refusal(day("2026-12-02"), Optional.of(LocalDate.of(2026, 12, 3)), FULL, true));
        assertEquals("day 2026-11-30 is older than the full dump of 2026-12-01 the edition 'de' was last read from",
                refusal(day("2026-11-30"), Optional.empty(), FULL, false));
    }

    @Test
    void aGapNamesTheMissingDaysUnlessForced() {
        assertEquals("days are missing before 2026-12-06 for edition 'de': 2026-12-04, 2026-12-05; apply them first, or give"
                + " force=true to apply this day without them",
                refusal(day("2026-12-06"), Optional.of(LocalDate.of(2026, 12, 3)), FULL, false));
        assertEquals("days are missing before 2026-12-03 for edition 'de': 2026-12-01, 2026-12-02; apply them first, or give"
                + " force=true to apply this day without them", refusal(day("2026-12-03"), Optional.empty(), FULL, false));
        assertEquals("days are missing before 2027-02-01 for edition 'de': 2026-12-04 to 2027-01-31; apply them first, or"
                + " give force=true to apply this day without them",
                refusal(day("2027-02-01"), Optional.of(LocalDate.of(2026, 12, 3)), FULL, false));
        assertDoesNotThrow(() -> day("2026-12-06").checkFollows("de", Optional.of(LocalDate.of(2026, 12, 3)), FULL, true));
    }

    @Test
    void aNewerFullDumpThanTheLastDayStartsTheDaysAgainFromIt() {
        Optional<LocalDate> newer = Optional.of(LocalDate.of(2026, 12, 20));
        assertDoesNotThrow(() -> day("2026-12-20").checkFollows("de", Optional.of(LocalDate.of(2026, 12, 3)), newer, false));
        assertEquals("day 2026-12-05 is older than the full dump of 2026-12-20 the edition 'de' was last read from",
                refusal(day("2026-12-05"), Optional.of(LocalDate.of(2026, 12, 3)), newer, false));
    }

    @Test
    void withoutADatedFullRunOnlyAForcedDayIsApplied() {
        RunRefusal refusal = assertThrows(RunRefusal.class,
                () -> day("2026-12-01").checkFollows("de", Optional.empty(), Optional.empty(), false));
        assertEquals(RunRefusal.DAY_REFUSED, refusal.code());
        assertEquals("edition 'de' has no finished run of a dated full dump to follow: run its full dump"
                + " (<wiki>-<yyyymmdd>-pages-articles.xml.bz2) first, or give force=true to apply this day without knowing"
                + " the days before it (after a full run of a 'latest' dump, say)", refusal.getMessage());
        assertDoesNotThrow(() -> day("2026-12-01").checkFollows("de", Optional.empty(), Optional.empty(), true));
    }

    private static IncrementalDay day(String date) {
        return new IncrementalDay("dewiktionary", LocalDate.parse(date));
    }

    private static String refusal(IncrementalDay day, Optional<LocalDate> last, Optional<LocalDate> full, boolean force) {
        RunRefusal refusal = assertThrows(RunRefusal.class, () -> day.checkFollows("de", last, full, force));
        assertEquals(RunRefusal.DAY_REFUSED, refusal.code());
        return refusal.getMessage();
    }

    @Test
    void theNextDayFollowsTheLastAppliedOrANewerFullDump() {
        Optional<LocalDate> last = Optional.of(LocalDate.of(2026, 12, 3));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 4)), IncrementalDay.next(last, FULL));
        assertEquals(FULL, IncrementalDay.next(Optional.empty(), FULL));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 20)), IncrementalDay.next(last, Optional.of(LocalDate.of(2026, 12, 20))));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 4)), IncrementalDay.next(last, Optional.empty()));
        assertEquals(Optional.empty(), IncrementalDay.next(Optional.empty(), Optional.empty()));
    }
}
