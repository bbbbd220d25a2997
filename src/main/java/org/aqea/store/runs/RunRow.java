package org.aqea.store.runs;

import java.time.Instant;
import java.util.Optional;
import org.aqea.run.DumpIdentity;
import org.aqea.run.RunParameters;

/**
 * A run as stored in table {@code run}.
 *
 * @param executionId  the run's latest execution
 * @param dump         identity of the dump it reads, once the split step has opened it
 * @param completeDump whether the dump holds the whole edition (known with the identity)
 * @param status       {@code RUNNING}, {@code ENDED} (stopped or failed, restartable) or {@code FINISHED}
 * @param finish       what the finish step counted, once it ran
 * @param startedAt    when the run began: with the instance, what tells this run from an earlier one of the same
 *                     instance id (a job repository made anew numbers its instances from 1 again)
 */
public record RunRow(long instanceId, long executionId, RunParameters parameters, String status,
                     Optional<DumpIdentity> dump, boolean completeDump, boolean deprecationConfirmed,
                     Optional<FinishCounts> finish, Instant startedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String ENDED = "ENDED";
    public static final String FINISHED = "FINISHED";

    public String edition() {
        return parameters.edition();
    }

    /**
     * @param active     active entries of the edition when the run finished (or was held)
     * @param unseen     of those, the ones the run neither read nor kept
     * @param deprecated the ones it deprecated (0 when held or not a complete dump)
     * @param kept       entries of rejected pages, kept as they were (stale)
     */
    public record FinishCounts(long active, long unseen, long deprecated, long kept) {
    }
}
