package org.aqea.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.run.Deprecation;
import org.aqea.store.lexicon.EntryStore;
import org.aqea.store.runs.RejectStore;
import org.aqea.store.runs.RunRow;
import org.aqea.store.lexicon.QualityReports;
import org.aqea.store.runs.RunStore;
import org.aqea.store.registry.RegistryStore;

/**
 * Ends a run: what a complete dump of the edition no longer holds is deprecated (rejected pages count as seen), or
 * what vanished from the pages a run of changed pages read (and its day or live window is recorded as applied); a
 * deprecation of more than {@value Deprecation#HOLD_SHARE} of the edition's active entries stops the job with
 * {@value #DEPRECATION_HELD} until a restart confirms it. Then the shards are deleted.
 */
@Named
@Dependent
public class FinishRunBatchlet extends AbstractBatchlet {

    static final String DEPRECATION_HELD = "DEPRECATION_HELD";

    private static final Logger LOG = Logger.getLogger(FinishRunBatchlet.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    EntryStore entries;

    @Inject
    RejectStore rejects;

    @Inject
    RunStore runs;

    @Inject
    CurrentRun run;

    @Inject
    QualityReports quality;

    @Inject
    RunParsers parsers;

    @Inject
    TestFaults faults;

    @Inject
    RegistryStore registry;

    @Override
    public String process() throws IOException {
        long instanceId = jobContext.getInstanceId();
        RunRow row = run.requireRunning();
        String edition = row.edition();
        TakenLanguages languages = row.parameters().takenLanguages();
        Optional<RunRow.FinishCounts> finished = entries.finishedRun(row);
        if (finished.isPresent()) {
            // The lexicon finished the run before a crash, which left the run row unfinished: counting again would find
            // every entry unseen, since the run's records went with that transaction.
            LOG.warning(() -> "execution " + jobContext.getExecutionId() + ": the lexicon finished run " + instanceId
                    + " already (" + finished.get().deprecated() + " entries deprecated); the run is marked finished");
            end(instanceId, finished.get());
            return "FINISHED";
        }
        boolean changedPagesOnly = row.parameters().readsChangedPagesOnly();
        RunRow.FinishCounts counts = entries.countUnseen(instanceId, edition, languages, rejects.pageIdsOf(instanceId),
                changedPagesOnly);
        // A confirmation holds for the entries the run was held for, not for any later count.
        OptionalLong confirmedUp = row.deprecationConfirmed() && row.finish().isPresent()
                ? OptionalLong.of(row.finish().get().unseen()) : OptionalLong.empty();
        Deprecation.Decision decision = Deprecation.decide(row.completeDump(), changedPagesOnly, counts.active(), counts.unseen(),
                confirmedUp);
        if (decision == Deprecation.Decision.HOLD) {
            runs.held(instanceId, counts);
            LOG.warning(() -> "execution " + jobContext.getExecutionId() + " holds before deprecating " + counts.unseen()
                    + " of " + counts.active() + " active entries of edition '" + edition + "' (more than "
                    + (int) (Deprecation.HOLD_SHARE * 100) + "%); restart it with confirmDeprecation=true to deprecate them");
            return DEPRECATION_HELD;
        }
        runs.recordQuality(instanceId, QualityReports.json(quality.of(instanceId)));
        int deprecated = entries.finishRun(row, languages, decision == Deprecation.Decision.DEPRECATE, counts);
        faults.haltAt("finish-halt", instanceId, jobContext.getExecutionId());
        if (faults.at("finish", instanceId, jobContext.getExecutionId()) == 0) {
            throw new IllegalStateException("test fault injected at finish, after the lexicon finished the run");
        }
        end(instanceId, new RunRow.FinishCounts(counts.active(), counts.unseen(), deprecated, counts.kept()));
        LOG.info(() -> "run " + instanceId + " finished; " + deprecated + " entries deprecated"
                + (decision == Deprecation.Decision.SKIP_INCOMPLETE_DUMP ? " (not a complete dump of the edition: "
                + counts.unseen() + " entries it does not hold stay as they are)" : "")
                + (counts.kept() > 0 ? "; " + counts.kept() + " entries of rejected pages kept as they were" : ""));
        return "FINISHED";
    }

    /**
     * Signs the registry's new tree head, marks the run finished, then drops what it kept for its restarts: its
     * parsers' data and its shards. A restart after a failure here signs again (signing a head that holds adds none).
     */
    private void end(long instanceId, RunRow.FinishCounts counts) throws IOException {
        registry.signHead().ifPresent(head -> LOG.info(() -> "run " + instanceId + ": the address registry's log holds "
                + head.treeSize() + " leaves, root " + head.rootHex() + ", signed"));
        runs.finished(instanceId, counts);
        parsers.forget(instanceId);
        Path work = WorkDirectory.of(instanceId);
        if (Files.exists(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
