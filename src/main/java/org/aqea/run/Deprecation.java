package org.aqea.run;

import java.util.OptionalLong;

/**
 * Whether a finishing run may deprecate the entries of its edition that it did not see. Only a run over a complete
 * dump of the edition deprecates; one that would deprecate more than {@link #HOLD_SHARE} of the active entries is
 * held until an admin confirms, because a small or truncated dump looks exactly like a mass deletion. An incremental
 * run deprecates what vanished from the pages it read, whatever the share: it holds those pages whole.
 */
public final class Deprecation {

    /** Share of the edition's active entries above which deprecation waits for a confirmation. */
    public static final double HOLD_SHARE = 0.05;

    public enum Decision {
        /** The dump does not hold the whole edition: what it lacks says nothing about what was deleted. */
        SKIP_INCOMPLETE_DUMP,
        DEPRECATE,
        HOLD
    }

    private Deprecation() {
    }

    /**
     * @param pagesReadOnly the run counted only the pages it read (an incremental run)
     * @param active      active entries of the edition before the run finishes
     * @param unseen      of those, the ones the run did not see (rejected pages count as seen)
     * @param confirmedUp the unseen entries an admin confirmed to deprecate (those the run was held for); a
     *                    confirmation holds for no more than that, whatever a later count says
     */
    public static Decision decide(boolean completeDump, boolean pagesReadOnly, long active, long unseen,
                                  OptionalLong confirmedUp) {
        if (pagesReadOnly) {
            return Decision.DEPRECATE;
        }
        if (!completeDump) {
            return Decision.SKIP_INCOMPLETE_DUMP;
        }
        boolean confirmed = confirmedUp.isPresent() && unseen <= confirmedUp.getAsLong();
        if (!confirmed && unseen > active * HOLD_SHARE) {
            return Decision.HOLD;
        }
        return Decision.DEPRECATE;
    }
}
