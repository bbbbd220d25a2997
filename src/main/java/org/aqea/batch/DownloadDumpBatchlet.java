package org.aqea.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.run.DumpPolicy;

/**
 * A dump given by URL is downloaded into the cache first (resumed where an earlier attempt stopped, reused when
 * complete and unchanged); a dump given by path needs nothing.
 */
@Named
@Dependent
public class DownloadDumpBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DownloadDumpBatchlet.class.getName());
    private static final long LOG_EVERY_BYTES = 256L << 20;

    @Inject
    JobContext jobContext;

    @Inject
    CurrentRun run;

    @Resource
    ManagedThreadFactory threads;

    /** The local file of the dump, downloaded or not. */
    static Path localDump(String dump) {
        return DumpPolicy.isUrl(dump) ? Settings.dumpDownload().localPath(URI.create(dump)) : Path.of(dump);
    }

    @Override
    public String process() throws IOException {
        String dump = run.parameters().dump();
        if (!DumpPolicy.isUrl(dump)) {
            return "LOCAL";
        }
        long executionId = jobContext.getExecutionId();
        long[] nextLog = {LOG_EVERY_BYTES};
        Path file = Settings.dumpDownload().fetch(URI.create(dump), bytes -> {
            if (bytes >= nextLog[0]) {
                nextLog[0] += LOG_EVERY_BYTES;
                LOG.info(() -> "execution " + executionId + ": " + (bytes >> 20) + " MiB of " + dump + " downloaded");
            }
        }, threads);
        LOG.info(() -> "execution " + executionId + ": dump " + dump + " is in " + file);
        return "DOWNLOADED";
    }
}
