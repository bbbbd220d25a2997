package org.aqea.batch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDirectoryTest {

    @Test
    void aMissingShardIsNamedWithItsDirectoryAndWhyEveryServerMustReadIt(@TempDir Path work) throws IOException {
        Path present = Files.createFile(work.resolve("shard-A-E.pages"));
        WorkDirectory.requireShards(List.of(present));
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> WorkDirectory.requireShards(List.of(present, work.resolve("shard-F-J.pages"))));
        assertTrue(missing.getMessage().contains("shard-F-J.pages"), missing.getMessage());
        assertTrue(missing.getMessage().contains("the shard is not in " + work), missing.getMessage());
        assertTrue(missing.getMessage().contains("AQEA_WORK_DIR"), missing.getMessage());
        assertTrue(missing.getMessage().contains("every server that runs its partitions must read the same directory"),
                missing.getMessage());
    }
}
