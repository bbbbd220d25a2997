package org.aqea.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a run's writes into its folders (shards, journal) say when they fail: the folder and its free space. */
public final class FolderWrites {

    private FolderWrites() {
    }

    /**
     * The failure of a write into {@code folder}, naming the folder and its free space, so that an operator sees a
     * full disk for what it is.
     */
    public static IOException failed(Path folder, IOException failure) {
        String free;
        try {
            free = String.format("%,d MB free", Files.getFileStore(folder).getUsableSpace() / 1_000_000);
        } catch (IOException e) {
            free = "free space unknown: " + e.getMessage();
        }
        return new IOException("cannot write in " + folder.toAbsolutePath() + " (" + free + "): " + failure.getMessage(),
                failure);
    }
}
