package org.aqea.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.aqea.journal.Journal;
import org.aqea.store.EntryRow;
import org.aqea.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalFallbackTest {

    private static final List<EntryRow> ROWS = List.of(new EntryRow("de", 1, 0, 1, "Haus", "de", "noun", "k", 1, 1,
            "general", "default", "Haus", "a house", "draft", null, "{}", "hash", 100, "[]"));

    private long now;
    private final List<String> attempts = new ArrayList<>();

    @Test
    void anUnreachableDatabaseSendsChunksToTheJournalAndIsTriedAgainAfterThirtySeconds(@TempDir Path directory) throws Exception {
        JournalFallback fallback = new JournalFallback(new Journal(directory), () -> now);
        JournalFallback.Lexicon down = rows -> {
            attempts.add("down");
            throw new StoreException("writing", new SQLException("connection refused", "08001"));
        };
        JournalFallback.Outcome first = fallback.write(down, 1, 2, 0, "job:2", ROWS);
        assertTrue(first.journalled(), first::toString);
        assertEquals(1, Files.readAllLines(first.journalFile()).size());

        now += JournalFallback.RETRY_AFTER_NANOS - 1;
        assertTrue(fallback.write(down, 1, 2, 0, "job:2", ROWS).journalled());
        assertEquals(List.of("down"), attempts, "not tried again within thirty seconds");

        now += 1;
        JournalFallback.Outcome back = fallback.write(rows -> attempts.add("up"), 1, 2, 0, "job:2", ROWS);
        assertFalse(back.journalled());
        assertEquals(List.of("down", "up"), attempts);
        assertEquals(2, Files.readAllLines(first.journalFile()).size(), "two chunks journalled, the third written");
    }

    @Test
    void aRefusalOfAReachableDatabaseIsTheCallersToHandle(@TempDir Path directory) {
        JournalFallback fallback = new JournalFallback(new Journal(directory), () -> now);
        StoreException refused = assertThrows(StoreException.class, () -> fallback.write(rows -> {
            throw new StoreException("writing", new SQLException("duplicate key", "23505"));
        }, 1, 2, 0, "job:2", ROWS));
        assertFalse(refused.databaseUnreachable());
    }
}
