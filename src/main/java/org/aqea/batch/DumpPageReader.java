package org.aqea.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.aqea.config.Settings;
import org.aqea.dump.DumpFormatException;
import org.aqea.dump.PageStream;
import org.aqea.edition.DumpReading;
import org.aqea.edition.Edition;
import org.aqea.extraction.EditionDump;
import org.aqea.run.DumpIdentity;
import org.aqea.run.DumpPolicy;
import org.aqea.run.IncrementalDay;
import org.aqea.run.RunParameters;
import org.aqea.run.RunRefusal;
import org.aqea.store.runs.RunRow;
import org.aqea.store.lexicon.ChangedPages;
import org.aqea.store.runs.RunStore;
import org.aqea.wiki.LiveChanges;

/**
 * Reads the main-namespace articles of the run's dump, or of the changes a live run fetched (redirects are not entries;
 * a run of changed pages reads them too), as the run's edition reads its dumps ({@link Edition#openDump}),
 * decompressing in parallel where it can. Before reading it binds the run to the dump: a restart that finds another
 * file fails instead of mixing two dumps in the shards; the first execution of an incremental run checks that its day
 * follows the days applied ({@link IncrementalDay}); a live run records the pages that left the titles its changes
 * named ({@link ChangedPages#recordReplaced}). The checkpoint is the number of main-namespace pages consumed, so a
 * restart skips exactly what was committed.
 */
@Named
@Dependent
public class DumpPageReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    RunStore runs;

    @Inject
    CurrentRun run;

    /** The Java decoders and lbzip2's feeder run on the server's managed threads (stopped with it). */
    @Resource
    ManagedThreadFactory decoderThreads;

    @Inject
    IncrementalDays incrementalDays;

    @Inject
    ChangedPages changedPages;

    private EditionDump reader;
    private boolean changedPagesOnly;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        RunRow row = run.row();
        RunParameters parameters = row.parameters();
        long instanceId = jobContext.getInstanceId();
        Path file = parameters.live() ? WorkDirectory.liveExport(instanceId) : DownloadDumpBatchlet.localDump(parameters.dump());
        Edition edition = CurrentRun.edition(parameters);
        try {
            // Once bound, the run keeps what it found complete; only the identity is compared again.
            boolean complete = row.dump().isPresent() ? row.completeDump() : completeDump(edition, parameters, file);
            changedPagesOnly = parameters.readsChangedPagesOnly();
            if (parameters.incremental() && row.dump().isEmpty()) {
                incrementalDays.checkNext(parameters);
            }
            runs.bindDump(instanceId, identity(parameters, file), complete);
        } catch (RunRefusal refusal) {
            jobContext.setExitStatus(refusal.exitStatus());
            throw refusal;
        }
        if (parameters.live()) {
            changedPages.recordReplaced(instanceId, parameters.edition(),
                    LiveChanges.readTitleStates(WorkDirectory.liveTitles(instanceId)));
        }
        Path workDirectory = WorkDirectory.of(instanceId);
        reader = EditionDump.open(edition, file, new DumpReading(decoderThreads, Settings.lbzip2(), workDirectory,
                        parameters.minimumScore() == null ? OptionalInt.empty() : OptionalInt.of(parameters.minimumScore())),
                page -> SitePages.write(workDirectory, page));
        reader.skip(checkpoint == null ? 0 : (Long) checkpoint);
    }

    private static DumpIdentity identity(RunParameters parameters, Path file) throws IOException {
        String validator = DumpPolicy.isUrl(parameters.dump()) && !parameters.live()
                ? Settings.dumpDownload().validatorOf(java.net.URI.create(parameters.dump())) : "";
        return DumpIdentity.of(file, validator);
    }

    /**
     * Whether the run may deprecate what the dump lacks: asked for, or a full article dump of the edition. A dump of
     * another Wiktionary than the edition is refused here, before any page is read.
     */
    private static boolean completeDump(Edition edition, RunParameters parameters, Path file) throws IOException {
        try (PageStream head = edition.openDump(file)) {
            if (head.siteDatabase().isEmpty()) {
                // A dump names its wiki in its head; a source that knows it at once is not read further (PanLex's
                // first page comes after the whole join).
                head.nextPage();
            }
            edition.dumpMismatch(head.siteDatabase()).ifPresent(mismatch -> {
                throw new RunRefusal(RunRefusal.WRONG_EDITION, mismatch);
            });
            return parameters.complete() || edition.isFullDump(file.getFileName().toString(), head.siteDatabase());
        }
    }

    @Override
    public Object readItem() throws Exception {
        try {
            // A run of changed pages reads the redirects too: a page that became one lost its entries.
            return changedPagesOnly ? reader.nextPage() : reader.nextArticle();
        } catch (DumpFormatException e) {
            // The execution's exit status tells the user why, in the API and the dashboard.
            jobContext.setExitStatus("dump unreadable: " + e.getMessage());
            throw e;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return reader.pagesConsumed();
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
