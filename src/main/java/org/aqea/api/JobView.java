package org.aqea.api;

import java.util.Date;
import java.util.List;
import org.aqea.store.PartitionProgress;

/** An execution as the API shows it. */
public record JobView(long executionId, long instanceId, String jobName, String status, String exitStatus,
                      Date createTime, Date startTime, Date endTime, String source, String language, String dump,
                      List<PartitionView> partitions) {

    public record PartitionView(String range, String status, long itemsRead, long itemsWritten, long itemsSkipped,
                                long lastCheckpoint, double itemsPerSecond) {

        static PartitionView of(PartitionProgress progress) {
            return new PartitionView(progress.range(), progress.status(), progress.itemsRead(), progress.itemsWritten(),
                    progress.itemsSkipped(), progress.checkpoint(), progress.itemsPerSecond());
        }
    }
}
