package org.aqea.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import org.aqea.journal.Journal;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.store.StoreException;

/**
 * Where a chunk's entries go: the lexicon database, or, while it cannot take them, the local journal. A database that
 * is unavailable for a moment (a restart, a failover, a lost connection) is tried again with growing pauses
 * ({@link #BACKOFF_NANOS}) before the chunk goes to the journal, so that a blip costs a few seconds and no journal.
 * Once chunks go to the journal, the database is tried once every {@link #RETRY_AFTER_NANOS} (each try might wait
 * for a connection timeout), and chunks go back to it as soon as it takes one.
 */
final class JournalFallback {

    /** The pauses between the tries of one chunk: 15.75 seconds in all. */
    static final long[] BACKOFF_NANOS = {250_000_000L, 500_000_000L, 1_000_000_000L, 2_000_000_000L, 4_000_000_000L,
            8_000_000_000L};
    static final long RETRY_AFTER_NANOS = 5_000_000_000L;

    /** Writes rows to the lexicon database. */
    interface Lexicon {
        void write(List<EntryRow> rows);
    }

    /** Waits between two tries. */
    interface Pause {
        void pause(long nanos) throws InterruptedException;
    }

    /**
     * Where a chunk went: {@code journalFile} null for the database, else the file and why; {@code retries}: the
     * tries after the first.
     */
    record Outcome(Path journalFile, String why, int retries) {
        boolean journalled() {
            return journalFile != null;
        }
    }

    private final Journal journal;
    private final LongSupplier nanoClock;
    private final Pause pause;
    private long failedAt;
    private boolean failed;

    JournalFallback(Journal journal, LongSupplier nanoClock, Pause pause) {
        this.journal = journal;
        this.nanoClock = nanoClock;
        this.pause = pause;
    }

    /**
     * Writes the rows to the lexicon or, when it stays unavailable through the tries, appends them to the journal (on
     * disk when this returns).
     *
     * @throws StoreException when the database refused the rows (it could take them, but not these): the caller decides
     */
    Outcome write(Lexicon lexicon, long jobInstanceId, long executionId, int partition, String createdBy,
                  List<EntryRow> rows) throws IOException {
        if (failed && nanoClock.getAsLong() - failedAt < RETRY_AFTER_NANOS) {
            return new Outcome(journal.append(jobInstanceId, executionId, partition, createdBy, rows),
                    "lexicon database unavailable a moment ago", 0);
        }
        int retries = 0;
        boolean interrupted = false;
        while (true) {
            try {
                lexicon.write(rows);
                failed = false;
                return new Outcome(null, null, retries);
            } catch (StoreException e) {
                if (!e.databaseUnavailable()) {
                    throw e;
                }
                // While chunks already go to the journal, one try decides: the whole backoff for every chunk would
                // hold the partition for nothing.
                if (!failed && retries < BACKOFF_NANOS.length) {
                    if (paused(BACKOFF_NANOS[retries])) {
                        retries++;
                        continue;
                    }
                    interrupted = true;
                }
                failed = true;
                failedAt = nanoClock.getAsLong();
                Path file = journal.append(jobInstanceId, executionId, partition, createdBy, rows);
                if (interrupted) {
                    // Kept for the job's own handling once the file is written: an interrupted thread cannot write it.
                    Thread.currentThread().interrupt();
                }
                return new Outcome(file, "lexicon database unavailable (" + e.getMessage() + ")", retries);
            }
        }
    }

    /** Whether the pause ran its time; an interrupted one (the job is stopping) journals the chunk at once. */
    private boolean paused(long nanos) {
        try {
            pause.pause(nanos);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
