package org.aqea.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DeprecationTest {

    @Test
    void onlyACompleteDumpDeprecatesAndAMassDeprecationWaitsForItsConfirmation() {
        assertEquals(Deprecation.Decision.SKIP_INCOMPLETE_DUMP, Deprecation.decide(false, false, 1_000, 900, OptionalLong.of(900)));
        assertEquals(Deprecation.Decision.DEPRECATE, Deprecation.decide(true, false, 1_000, 50, OptionalLong.empty()));
        assertEquals(Deprecation.Decision.HOLD, Deprecation.decide(true, false, 1_000, 51, OptionalLong.empty()));
        assertEquals(Deprecation.Decision.DEPRECATE, Deprecation.decide(true, false, 1_000, 900, OptionalLong.of(900)));
        assertEquals(Deprecation.Decision.DEPRECATE, Deprecation.decide(true, false, 1_000, 850, OptionalLong.of(900)),
                "fewer than confirmed");
    }

    /** A confirmation given for 100 unseen entries is none for a later count of 990 (the run's records lost, say). */
    @Test
    void aConfirmationHoldsForTheNumbersItWasGivenFor() {
        assertEquals(Deprecation.Decision.HOLD, Deprecation.decide(true, false, 1_000, 990, OptionalLong.of(100)));
    }

    /** An incremental run counts the pages it read only: what vanished from them goes, whatever its share. */
    @Test
    void anIncrementalRunDeprecatesWhatVanishedFromThePagesItRead() {
        assertEquals(Deprecation.Decision.DEPRECATE, Deprecation.decide(false, true, 10, 9, OptionalLong.empty()));
    }
}
