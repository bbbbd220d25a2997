package org.aqea.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.aqea.store.lexicon.EntryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path directory;

    private static EntryRow row(long pageId, String word) {
        return new EntryRow("de", pageId, 0, 7L, word, "de", "Substantiv", "de|" + word + "|noun", 0xA0, 1, "general",
                "default", word, "Ein \"Wort\"\nmit Zeilen", "draft", null, "{\"word\":\"" + word + "\"}", "hash" + pageId, 90,
                "[{\"rule\":\"short_gloss\",\"where\":\"senses[0].gloss\",\"found\":\"x\"}]");
    }

    private static List<JournalLine> readAll(Path file, long skip) throws IOException {
        List<JournalLine> lines = new ArrayList<>();
        try (JournalReader reader = new JournalReader(file, skip)) {
            for (JournalLine line = reader.read(); line != null; line = reader.read()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** A full disk (the kernel's own ENOSPC, from /dev/full behind the journal file) is named with the folder. */
    @Test
    void aFullDiskIsNamedWithTheFolderAndItsFreeSpace() throws IOException {
        Journal journal = new Journal(directory);
        Files.createSymbolicLink(directory.resolve("extraction-i1-e2-p0.jsonl"), Path.of("/dev/full"));
        IOException full = assertThrows(IOException.class, () -> journal.append(1, 2, 0, "job:2", List.of(row(1, "Haus"))));
        assertTrue(full.getMessage().startsWith("cannot write in " + directory.toAbsolutePath() + " ("), full.getMessage());
        assertTrue(full.getMessage().contains(" MB free): "), full.getMessage());
        assertTrue(full.getMessage().contains("No space left on device"), full.getMessage());
    }

    /** A job parameter names journal files; a path or any other file is refused before anything is read or moved. */
    @Test
    void onlyJournalFileNamesReachAFileAndOnlyInTheJournalsFolder() {
        Journal journal = new Journal(directory);
        assertEquals(directory.resolve("extraction-i1-e2-p0.jsonl"), journal.file("extraction-i1-e2-p0.jsonl"));
        for (String name : new String[] {"/etc/passwd", "../extraction-i1-e2-p0.jsonl", "replayed/extraction-i1-e2-p0.jsonl",
                "extraction-i1-e2-p0.jsonl/../../x", "..", "", "extraction-i1-e2-p0.jsonl.bak"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> journal.file(name), name);
            assertTrue(refused.getMessage().contains("no journal file's name"), refused.getMessage());
        }
    }

    @Test
    void chunksAppendedAreReadBackAsTheyWereWritten() throws IOException {
        Journal journal = new Journal(directory.resolve("journal"));
        Path file = journal.append(3, 5, 1, "job:5", List.of(row(1, "Haus"), row(2, "Maus")));
        assertEquals(file, journal.append(3, 5, 1, "job:5", List.of(row(3, "Straße"))));

        List<JournalLine> lines = readAll(file, 0);
        assertEquals(List.of(new JournalLine(3, "job:5", row(1, "Haus")), new JournalLine(3, "job:5", row(2, "Maus")),
                new JournalLine(3, "job:5", row(3, "Straße"))), lines);
        assertEquals(lines.subList(2, 3), readAll(file, 2), "a reader resumes after the lines consumed before");
    }

    @Test
    void aTornLastLineIsIgnoredAndAnyOtherBadLineNamesFileAndLine() throws IOException {
        Journal journal = new Journal(directory);
        Path file = journal.append(1, 1, 0, "job:1", List.of(row(1, "Haus")));
        Files.writeString(file, "{\"jobInstanceId\":1,\"created", StandardOpenOption.APPEND);
        assertEquals(1, readAll(file, 0).size());

        Files.writeString(file, "\n" + Files.readString(file).lines().findFirst().orElseThrow() + "\n", StandardOpenOption.APPEND);
        IOException error = assertThrows(IOException.class, () -> readAll(file, 0));
        assertTrue(error.getMessage().contains(file + ", line 2: not a journal line"), error.getMessage());
    }

    @Test
    void pendingFilesAreListedOldestFirstAndArchivedFilesAreNoLongerPending() throws IOException {
        Journal journal = new Journal(directory);
        assertEquals(List.of(), journal.pending(), "no directory yet, nothing pending");
        journal.append(2, 10, 0, "job:10", List.of(row(1, "a")));
        journal.append(2, 9, 1, "job:9", List.of(row(2, "b")));
        journal.append(1, 4, 0, "job:4", List.of(row(3, "c")));
        Files.writeString(directory.resolve("notes.txt"), "not a journal", StandardCharsets.UTF_8);

        assertEquals(List.of("extraction-i1-e4-p0.jsonl", "extraction-i2-e9-p1.jsonl", "extraction-i2-e10-p0.jsonl"),
                journal.pending().stream().map(f -> f.path().getFileName().toString()).toList());
        assertEquals(2, journal.pendingFor(2).size());

        JournalFile first = journal.pending().get(0);
        journal.archive(first.path());
        assertEquals(List.of(), journal.pendingFor(1));
        assertTrue(Files.exists(directory.resolve("replayed").resolve("extraction-i1-e4-p0.jsonl")), "kept, not deleted");
        assertNull(JournalFile.of(directory.resolve("notes.txt")));
    }
}
