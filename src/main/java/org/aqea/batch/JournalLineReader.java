package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;
import org.aqea.journal.JournalLine;
import org.aqea.journal.JournalReader;

/** Reads the lines of the journal files named by the replay job, one file after the other. */
@Named
@Dependent
public class JournalLineReader extends AbstractItemReader {

    /** Where the replay is: the file (index into the job's list) and the lines of it already read. */
    record Position(int file, long line) implements Serializable {
    }

    @Inject
    @BatchProperty
    String journals;

    private final Journal journal = new Journal(Settings.journalDir());
    private List<String> files;
    private int file;
    private JournalReader reader;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        files = JobParameters.decodeNames(journals);
        Position position = checkpoint == null ? new Position(0, 0) : (Position) checkpoint;
        file = position.file();
        if (file < files.size()) {
            reader = new JournalReader(journal.file(files.get(file)), position.line());
        }
    }

    @Override
    public Object readItem() throws Exception {
        while (reader != null) {
            JournalLine line = reader.read();
            if (line != null) {
                return line;
            }
            reader.close();
            reader = ++file < files.size() ? new JournalReader(journal.file(files.get(file)), 0) : null;
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(file, reader == null ? 0 : reader.linesRead());
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
