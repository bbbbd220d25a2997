package org.aqea.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import org.aqea.journal.Journal;
import org.aqea.store.EntryRow;
import org.aqea.store.StoreException;

/**
 * Where a chunk's entries go: the lexicon database, or, while it cannot be reached, the local journal. After a
 * failure the database is left alone for {@link #RETRY_AFTER_NANOS} (each try might wait for a connection
 * timeout) and chunks go straight to the journal.
 */
final class JournalFallback {

    static final long RETRY_AFTER_NANOS = 30_000_000_000L;

    /** Writes rows to the lexicon database. */
    interface Lexicon {
        void write(List<EntryRow> rows);
    }

    /** Where a chunk went: {@code journalFile} null for the database, else the file and why. */
    record Outcome(Path journalFile, String why) {
        boolean journalled() {
            return journalFile != null;
        }
    }

    private final Journal journal;
    private final LongSupplier nanoClock;
    private long failedAt;
    private boolean failed;

    JournalFallback(Journal journal, LongSupplier nanoClock) {
        this.journal = journal;
        this.nanoClock = nanoClock;
    }

    /**
     * Writes the rows to the lexicon or, when it is unreachable, appends them to the journal (on disk when this
     * returns).
     *
     * @throws StoreException when the database refused the rows (it was reachable): the caller decides
     */
    Outcome write(Lexicon lexicon, long jobInstanceId, long executionId, int partition, String createdBy,
                  List<EntryRow> rows) throws IOException {
        if (failed && nanoClock.getAsLong() - failedAt < RETRY_AFTER_NANOS) {
            return new Outcome(journal.append(jobInstanceId, executionId, partition, createdBy, rows),
                    "lexicon database unreachable a moment ago");
        }
        try {
            lexicon.write(rows);
            failed = false;
            return new Outcome(null, null);
        } catch (StoreException e) {
            if (!e.databaseUnreachable()) {
                throw e;
            }
            failed = true;
            failedAt = nanoClock.getAsLong();
            return new Outcome(journal.append(jobInstanceId, executionId, partition, createdBy, rows),
                    "lexicon database unreachable (" + e.getMessage() + ")");
        }
    }
}
