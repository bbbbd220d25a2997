package org.aqea.api;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.aqea.store.runs.PartitionProgress;
import org.aqea.store.runs.RunRow;

/** An execution as the API shows it. */
public record JobView(long executionId, long instanceId, String jobName, String status, String exitStatus,
                      Date createTime, Date startTime, Date endTime, String source, String edition, String dump,
                      RunView run, List<PartitionView> partitions, List<Map<String, String>> rejects) {

    /**
     * The run the execution belongs to.
     *
     * @param completeDump      whether its dump holds the whole edition (only then does it deprecate)
     * @param activeEntries     active entries of the edition when it finished or held (null before)
     * @param unseenEntries     of those, the ones the run did not see
     * @param deprecatedEntries the ones it deprecated
     * @param keptEntries       entries of rejected pages, kept as they were (stale)
     */
    public record RunView(long runId, String status, String dumpSha1, Long dumpSize, String dumpDate, boolean completeDump,
                          boolean deprecationConfirmed, Long activeEntries, Long unseenEntries, Long deprecatedEntries,
                          Long keptEntries) {

        static RunView of(RunRow run) {
            var finish = run.finish();
            return new RunView(run.instanceId(), run.status(), run.dump().map(d -> d.sha1()).orElse(null),
                    run.dump().map(d -> d.size()).orElse(null), run.dump().map(d -> d.date()).orElse(null),
                    run.completeDump(), run.deprecationConfirmed(), finish.map(f -> f.active()).orElse(null),
                    finish.map(f -> f.unseen()).orElse(null), finish.map(f -> f.deprecated()).orElse(null),
                    finish.map(f -> f.kept()).orElse(null));
        }
    }

    /**
     * @param itemsRead      pages read by this execution
     * @param itemsWritten   entries written by this execution
     * @param lastCheckpoint pages of the range done, across restarts
     * @param pagesExpected  pages of the range in the dump
     */
    public record PartitionView(String range, String status, long itemsRead, long itemsWritten, long itemsSkipped,
                                long lastCheckpoint, long pagesExpected, double itemsPerSecond, long secondsLeft,
                                String server) {

        static PartitionView of(PartitionProgress progress) {
            return new PartitionView(progress.range(), progress.status(), progress.itemsRead(), progress.itemsWritten(),
                    progress.itemsSkipped(), progress.checkpoint(), progress.itemsExpected(), progress.itemsPerSecond(),
                    progress.secondsLeft(), progress.server());
        }
    }
}
