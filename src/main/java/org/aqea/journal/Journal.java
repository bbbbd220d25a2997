package org.aqea.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.aqea.run.FolderWrites;
import org.aqea.store.lexicon.EntryRow;

/**
 * The local journal: chunks that the lexicon database could not take, as JSON lines, one file per partition and
 * execution, kept until a replay has imported them (then moved to {@code replayed/}, never deleted).
 */
public final class Journal {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public Journal(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Appends the rows and forces them to disk before returning, so that a chunk the caller then checkpoints is
     * on disk. A crash in the middle leaves at most a torn last line, which the reader ignores (that chunk was not
     * checkpointed and is read again).
     */
    public Path append(long jobInstanceId, long executionId, int partition, String createdBy, List<EntryRow> rows)
            throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(JournalFile.name(jobInstanceId, executionId, partition));
        StringBuilder lines = new StringBuilder();
        for (EntryRow row : rows) {
            lines.append(toJson(new JournalLine(jobInstanceId, createdBy, row))).append('\n');
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException e) {
            throw FolderWrites.failed(directory, e);
        }
        return file;
    }

    /**
     * The journal file of this name in the journal's folder: a job parameter names files by their names alone, and
     * no other name (a path, {@code ..}, any other file) reaches a file.
     *
     * @throws IllegalArgumentException when the name is not a journal file's
     */
    public Path file(String name) {
        if (!JournalFile.isName(name)) {
            throw new IllegalArgumentException("'" + name + "' is no journal file's name (extraction-i<instance>-e<execution>"
                    + "-p<partition>.jsonl, in " + directory + ")");
        }
        return directory.resolve(name);
    }

    /** Journal files not replayed yet, oldest first. */
    public List<JournalFile> pending() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(JournalFile::of).filter(Objects::nonNull).sorted(JournalFile.ORDER).toList();
        }
    }

    /** Journal files of one job instance not replayed yet. */
    public List<JournalFile> pendingFor(long jobInstanceId) throws IOException {
        List<JournalFile> files = new ArrayList<>();
        for (JournalFile file : pending()) {
            if (file.jobInstanceId() == jobInstanceId) {
                files.add(file);
            }
        }
        return files;
    }

    /** Moves a replayed file out of the way, into {@code replayed/}. */
    public void archive(Path file) throws IOException {
        Path replayed = directory.resolve("replayed");
        Files.createDirectories(replayed);
        Files.move(file, replayed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static String toJson(JournalLine line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("entry '" + line.entry().word() + "' cannot be journalled: " + e.getMessage(), e);
        }
    }
}
