package org.aqea.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aqea.journal.Journal;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fallback's clock and pauses are the test's: a pause moves the clock on, nothing sleeps. */
class JournalFallbackTest {

    private static final List<EntryRow> ROWS = List.of(new EntryRow("de", 1, 0, 1, "Haus", "de", "noun", "k", 1, 1,
            "general", "default", "Haus", "a house", "draft", null, "{}", "hash", 100, "[]"));

    private long now;
    private final List<Long> pauses = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();

    private JournalFallback fallback(Path directory) {
        return new JournalFallback(new Journal(directory), () -> now, nanos -> {
            pauses.add(nanos);
            now += nanos;
        });
    }

    private JournalFallback.Lexicon failing(String sqlState) {
        return rows -> {
            attempts.add("down");
            throw new StoreException("writing", new SQLException("the database said " + sqlState, sqlState));
        };
    }

    @Test
    void aRestartOfAFewSecondsCostsPausesAndNoJournal(@TempDir Path directory) throws Exception {
        JournalFallback fallback = fallback(directory);
        JournalFallback.Lexicon restarting = rows -> {
            attempts.add("try");
            if (now < 1_500_000_000L) {
                throw new StoreException("writing", new SQLException("terminating connection due to administrator command", "57P01"));
            }
        };
        JournalFallback.Outcome outcome = fallback.write(restarting, 1, 2, 0, "job:2", ROWS);
        assertFalse(outcome.journalled(), outcome::toString);
        assertEquals(3, outcome.retries());
        assertEquals(List.of(250_000_000L, 500_000_000L, 1_000_000_000L), pauses);
        try (var files = Files.list(directory)) {
            assertEquals(0, files.count(), "nothing journalled");
        }
    }

    @Test
    void aDatabaseDownThroughTheTriesSendsChunksToTheJournalAndIsTriedAgainEveryFiveSeconds(@TempDir Path directory)
            throws Exception {
        JournalFallback fallback = fallback(directory);
        JournalFallback.Lexicon down = failing("08001");
        JournalFallback.Outcome first = fallback.write(down, 1, 2, 0, "job:2", ROWS);
        assertTrue(first.journalled(), first::toString);
        assertEquals(Arrays.stream(JournalFallback.BACKOFF_NANOS).boxed().toList(), pauses, "every pause, in order");
        assertEquals(JournalFallback.BACKOFF_NANOS.length + 1, attempts.size());
        assertEquals(1, Files.readAllLines(first.journalFile()).size());

        attempts.clear();
        pauses.clear();
        now += JournalFallback.RETRY_AFTER_NANOS - 1;
        assertTrue(fallback.write(down, 1, 2, 0, "job:2", ROWS).journalled());
        assertEquals(List.of(), attempts, "not tried again within five seconds");

        now += 1;
        assertTrue(fallback.write(down, 1, 2, 0, "job:2", ROWS).journalled());
        assertEquals(List.of("down"), attempts, "one try, no pauses, while chunks go to the journal");
        assertEquals(List.of(), pauses);

        now += JournalFallback.RETRY_AFTER_NANOS;
        JournalFallback.Outcome back = fallback.write(rows -> attempts.add("up"), 1, 2, 0, "job:2", ROWS);
        assertFalse(back.journalled());
        assertEquals(List.of("down", "up"), attempts);
        assertEquals(3, Files.readAllLines(first.journalFile()).size(), "three chunks journalled, the fourth written");
    }

    @Test
    void aRefusalOfTheRowsIsTheCallersToHandleAtOnce(@TempDir Path directory) {
        JournalFallback fallback = fallback(directory);
        StoreException refused = assertThrows(StoreException.class, () -> fallback.write(failing("23505"), 1, 2, 0, "job:2", ROWS));
        assertFalse(refused.databaseUnavailable());
        assertEquals(List.of(), pauses, "no try again for rows the database refuses");
    }

    @Test
    void anInterruptedPauseJournalsTheChunkAtOnce(@TempDir Path directory) throws Exception {
        JournalFallback fallback = new JournalFallback(new Journal(directory), () -> now, nanos -> {
            throw new InterruptedException("stopping");
        });
        try {
            assertTrue(fallback.write(failing("57P03"), 1, 2, 0, "job:2", ROWS).journalled());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the job's own handling");
        } finally {
            Thread.interrupted();
        }
    }
}
