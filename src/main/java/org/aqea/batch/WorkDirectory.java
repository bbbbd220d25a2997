package org.aqea.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.aqea.config.Settings;

/**
 * Where a job instance keeps its shards, and a live run the changes it fetched: {@code <AQEA_WORK_DIR>/instance-<id>}.
 */
final class WorkDirectory {

    private WorkDirectory() {
    }

    static Path of(long jobInstanceId) {
        return Settings.workDir().resolve("instance-" + jobInstanceId);
    }

    /** The live wiki's current pages a live run fetched, as an XML export ({@link org.aqea.wiki.LiveChanges}). */
    static Path liveExport(long jobInstanceId) {
        return of(jobInstanceId).resolve("live-changes.xml");
    }

    /** The titles a live run's changes named, each with the page that holds it now. */
    static Path liveTitles(long jobInstanceId) {
        return of(jobInstanceId).resolve("live-titles.tsv");
    }

    /**
     * Fails when a shard the split step wrote is not there, naming the directory and why it must be: a server that
     * runs a partition reads the shards another server's split step may have written.
     */
    static void requireShards(List<Path> shards) throws IOException {
        for (Path shard : shards) {
            if (!Files.isRegularFile(shard)) {
                throw new NoSuchFileException(shard.toString(), null, "the shard is not in " + shard.getParent()
                        + ": the split step writes the shards of a run there (AQEA_WORK_DIR), and every server that runs "
                        + "its partitions must read the same directory (a shared volume or NFS mount)");
            }
        }
    }
}
