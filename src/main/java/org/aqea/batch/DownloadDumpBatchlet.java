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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.run.DumpPolicy;
import org.aqea.run.LiveStart;
import org.aqea.run.RunParameters;
import org.aqea.run.RunRefusal;
import org.aqea.store.lexicon.ChangedPages;
import org.aqea.wiki.LiveChanges;
import org.aqea.wiki.WikiApi;
import org.aqea.wiki.WikiApiException;

/**
 * A dump given by URL is downloaded into the cache first (resumed where an earlier attempt stopped, reused when
 * complete and unchanged); a dump given by path needs nothing. A live run fetches the wiki's changes since the last
 * window applied to its edition ({@link LiveChanges}) into its work directory instead; the run's window is recorded,
 * and becomes the edition's when the run finishes.
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

    @Inject
    IncrementalDays incrementalDays;

    @Inject
    ChangedPages changedPages;

    /** The thread of a live run's fetch, which a stop interrupts: a fetch may wait minutes for a busy wiki. */
    private Thread fetching;
    private volatile boolean stopping;

    /** The local file of the dump, downloaded or not. */
    static Path localDump(String dump) {
        return DumpPolicy.isUrl(dump) ? Settings.dumpDownload().localPath(URI.create(dump)) : Path.of(dump);
    }

    @Override
    public String process() throws IOException, InterruptedException {
        RunParameters parameters = run.parameters();
        if (parameters.live()) {
            return fetchLiveChanges(parameters);
        }
        String dump = parameters.dump();
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

    @Override
    public synchronized void stop() {
        stopping = true;
        if (fetching != null) {
            fetching.interrupt();
        }
    }

    private String fetchLiveChanges(RunParameters parameters) throws IOException, InterruptedException {
        long instanceId = jobContext.getInstanceId();
        Instant since;
        String userAgent;
        try {
            userAgent = LiveStart.userAgent(Settings.operatorContact());
            since = incrementalDays.liveStart(parameters.edition());
        } catch (RunRefusal refusal) {
            jobContext.setExitStatus(refusal.exitStatus());
            throw refusal;
        }
        Files.createDirectories(WorkDirectory.of(instanceId));
        WikiApi api = new WikiApi(URI.create(parameters.dump()), userAgent,
                WikiApi.Politeness.wikimedia(Settings.wikiApiBudget()), wait -> Thread.sleep(wait.toMillis()));
        LiveChanges.Fetched fetched;
        synchronized (this) {
            if (stopping) {
                return "STOPPED";
            }
            fetching = Thread.currentThread();
        }
        try {
            fetched = LiveChanges.fetch(api, CurrentRun.edition(parameters).siteDatabase(), since,
                    WorkDirectory.liveExport(instanceId), WorkDirectory.liveTitles(instanceId));
        } catch (WikiApiException e) {
            jobContext.setExitStatus("wiki API failed: " + e.getMessage());
            throw e;
        } catch (InterruptedException e) {
            if (!stopping) {
                throw e;
            }
            // The step ends STOPPED; its restart fetches the window anew.
            LOG.info(() -> "execution " + jobContext.getExecutionId() + ": the fetch of the wiki's changes stopped");
            return "STOPPED";
        } finally {
            synchronized (this) {
                fetching = null;
            }
            Thread.interrupted();
        }
        changedPages.recordWindow(instanceId, parameters.edition(), fetched);
        LOG.info(() -> "execution " + jobContext.getExecutionId() + ": the wiki's changes from " + fetched.since() + " to "
                + fetched.until() + ": " + fetched.changes() + " changes of " + fetched.titles() + " titles, "
                + fetched.pages() + " pages fetched in " + fetched.requests() + " requests");
        return "FETCHED";
    }
}
