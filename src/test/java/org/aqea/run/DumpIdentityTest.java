package org.aqea.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dump unpacked into a folder is bound to its files as a dump file is to its bytes. */
class DumpIdentityTest {

    @Test
    void aFoldersIdentityChangesWithAnyOfItsFilesAndKeepsTheDateOfItsName(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("panlex-20240501-csv"));
        Files.writeString(folder.resolve("expr.csv"), "id,langvar,txt\n1,187,Hund\n");
        Files.createDirectories(folder.resolve("more"));
        Files.writeString(folder.resolve("more").resolve("meaning.csv"), "id,source\n");
        DumpIdentity first = DumpIdentity.of(folder, null);
        assertEquals(26 + 10, first.size());
        assertEquals("20240501", first.date());
        assertTrue(DumpIdentity.of(folder, null).differenceFrom(first).isEmpty(), "the same files, the same identity");

        Files.writeString(folder.resolve("expr.csv"), "id,langvar,txt\n1,187,Huhn\n");
        assertTrue(DumpIdentity.of(folder, null).differenceFrom(first).orElseThrow().contains("SHA-1"),
                "same size, other bytes");
        Files.writeString(folder.resolve("expr.csv"), "id,langvar,txt\n1,187,Hund\n");
        Files.move(folder.resolve("more").resolve("meaning.csv"), folder.resolve("more").resolve("meanings.csv"));
        assertTrue(DumpIdentity.of(folder, null).differenceFrom(first).orElseThrow().contains("SHA-1"), "a file renamed");
        Files.move(folder.resolve("more").resolve("meanings.csv"), folder.resolve("more").resolve("meaning.csv"));
        Files.writeString(folder.resolve("source.csv"), "");
        assertTrue(DumpIdentity.of(folder, null).differenceFrom(first).orElseThrow().contains("SHA-1"), "an empty file added");
        Files.delete(folder.resolve("source.csv"));
        assertTrue(DumpIdentity.of(folder, null).differenceFrom(first).isEmpty(), "as it was");
    }
}
