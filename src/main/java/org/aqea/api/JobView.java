package org.aqea.api;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.aqea.store.PartitionProgress;

/** An execution as the API shows it. */
public record JobView(long executionId, long instanceId, String jobName, String status, String exitStatus,
                      Date createTime, Date startTime, Date endTime, String source, String language, String dump,
                      List<PartitionView> partitions, List<Map<String, String>> rejects) {

    /**
     * @param itemsRead      pages read by this execution
     * @param itemsWritten   entries written by this execution
     * @param lastCheckpoint pages of the range done, across restarts
     * @param pagesExpected  pages of the range in the dump
     */
    public record PartitionView(String range, String status, long itemsRead, long itemsWritten, long itemsSkipped,
                                long lastCheckpoint, long pagesExpected, double itemsPerSecond, long secondsLeft) {

        static PartitionView of(PartitionProgress progress) {
            return new PartitionView(progress.range(), progress.status(), progress.itemsRead(), progress.itemsWritten(),
                    progress.itemsSkipped(), progress.checkpoint(), progress.itemsExpected(), progress.itemsPerSecond(),
                    progress.secondsLeft());
        }
    }
}
