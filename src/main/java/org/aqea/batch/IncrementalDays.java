package org.aqea.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.aqea.run.IncrementalDay;
import org.aqea.run.LiveStart;
import org.aqea.run.RunParameters;
import org.aqea.run.RunRefusal;
import org.aqea.store.lexicon.ChangedPages;
import org.aqea.store.runs.RunStore;

/**
 * Whether an incremental run's day may be applied to its edition now ({@link IncrementalDay#checkFollows}), and where
 * a live run starts ({@link LiveStart}), from the days and windows the lexicon applied and the edition's last full
 * dump: checked by the job, and by the API before it starts a run, to answer at once.
 */
@ApplicationScoped
public class IncrementalDays {

    @Inject
    ChangedPages changedPages;

    @Inject
    RunStore runs;

    /**
     * The last day applied to an edition, and the day to apply next, when its days or a dated full dump are known; the
     * end of the last window of its wiki's changes applied.
     */
    public record Days(Optional<LocalDate> lastApplied, Optional<LocalDate> next, Optional<Instant> liveAppliedUpTo) {
    }

    public Days of(String edition) {
        Optional<LocalDate> lastApplied = changedPages.lastDay(edition);
        return new Days(lastApplied, IncrementalDay.next(lastApplied, lastFullDump(edition)),
                changedPages.lastWindowEnd(edition));
    }

    /** @throws RunRefusal {@link RunRefusal#DAY_REFUSED} saying why the day may not be applied now */
    public void checkNext(RunParameters parameters) {
        String edition = parameters.edition();
        IncrementalDay.of(parameters.dump()).checkFollows(edition, changedPages.lastDay(edition), lastFullDump(edition),
                parameters.force());
    }

    /**
     * Where a live run of the edition starts reading the wiki's changes.
     *
     * @throws RunRefusal {@link RunRefusal#LIVE_REFUSED} saying why it cannot start
     */
    public Instant liveStart(String edition) {
        return LiveStart.since(edition, changedPages.lastWindowEnd(edition), changedPages.lastDay(edition),
                lastFullDump(edition), Instant.now());
    }

    private Optional<LocalDate> lastFullDump(String edition) {
        return runs.lastFullDumpDate(edition).flatMap(IncrementalDay::fullDumpDate);
    }
}
