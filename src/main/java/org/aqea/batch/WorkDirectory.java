package org.aqea.batch;

import java.nio.file.Path;
import org.aqea.config.Settings;

/** Where a job instance keeps its shards: {@code <data dir>/work/instance-<id>}. */
final class WorkDirectory {

    private WorkDirectory() {
    }

    static Path of(long jobInstanceId) {
        return Settings.dataDir().resolve("work").resolve("instance-" + jobInstanceId).toAbsolutePath();
    }
}
