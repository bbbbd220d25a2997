package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.aqea.store.EntryStore;

/** Ends a complete run: what the dump no longer holds is deprecated, and the shards are deleted. */
@Named
@Dependent
public class FinishRunBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(FinishRunBatchlet.class.getName());

    @Inject
    @BatchProperty
    String language;

    @Inject
    JobContext jobContext;

    @Inject
    EntryStore entries;

    @Override
    public String process() throws IOException {
        int deprecated = entries.finishRun(jobContext.getInstanceId(), language);
        LOG.info(() -> "run of job instance " + jobContext.getInstanceId() + " finished; " + deprecated + " entries deprecated");
        Path work = WorkDirectory.of(jobContext.getInstanceId());
        if (Files.exists(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return "FINISHED";
    }
}
