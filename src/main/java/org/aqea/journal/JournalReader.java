package org.aqea.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one journal file line by line. A last line without its line end is the torn write of a crash and is
 * ignored; any other line that is not a journal line is an error naming file and line.
 */
public final class JournalReader implements Closeable {

    private final Path file;
    private final BufferedReader reader;
    private long linesRead;

    /** Opens the file and skips the lines a previous reader already consumed. */
    public JournalReader(Path file, long skipLines) throws IOException {
        this.file = file;
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        while (linesRead < skipLines && next() != null) {
            // skipping what was consumed before
        }
    }

    /** The next line, or null at the end of the file. */
    public JournalLine read() throws IOException {
        return next();
    }

    /** Lines consumed so far, including skipped ones. */
    public long linesRead() {
        return linesRead;
    }

    private JournalLine next() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        if (c == -1) {
            return null;
        }
        linesRead++;
        try {
            return Journal.JSON.readValue(line.toString(), JournalLine.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ", line " + linesRead + ": not a journal line: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
