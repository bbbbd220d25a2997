package org.aqea.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;

/** After a replay: its journal files move to {@code replayed/}, so that they are no longer pending. */
@Named
@Dependent
public class ArchiveJournalsBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ArchiveJournalsBatchlet.class.getName());

    @Inject
    @BatchProperty
    String journals;

    @Inject
    JobContext jobContext;

    @Override
    public String process() throws IOException {
        Journal journal = new Journal(Settings.journalDir());
        for (String name : JobParameters.decodeNames(journals)) {
            Path file = journal.file(name);
            // A restart after a crash in this loop finds some files already moved.
            if (Files.exists(file)) {
                journal.archive(file);
                LOG.info(() -> "execution " + jobContext.getExecutionId() + ": journal " + name + " replayed, kept in "
                        + journal.directory().resolve("replayed"));
            }
        }
        return "REPLAYED";
    }
}
