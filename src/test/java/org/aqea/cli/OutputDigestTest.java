package org.aqea.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.aqea.security.Sha256;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GeneratedDump;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The offline command's output on generated dumps of every kind, byte for byte: a change meant to keep the output (a
 * faster scanner, a cheaper writer) keeps these digests. A change meant to alter it records the digests its failure
 * prints in {@code aqea/output-digests.txt} and says in its commit why the output changed.
 */
class OutputDigestTest {

    private static final Map<GeneratedDump, Integer> PAGES = Map.of(GeneratedDump.GERMAN, 3_000,
            GeneratedDump.GERMAN_HEAVY, 100, GeneratedDump.GERMAN_EDITION, 3_000, GeneratedDump.ENGLISH, 2_000, GeneratedDump.FRENCH, 2_000,
            GeneratedDump.SPANISH, 2_000, GeneratedDump.ITALIAN, 2_000, GeneratedDump.PORTUGUESE, 2_000,
            GeneratedDump.DUTCH, 2_000);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(GeneratedDump.class)
    void theOutputIsByteForByteTheRecordedOne(GeneratedDump kind) throws Exception {
        Path dump = DumpFiles.writeBz2(dir.resolve("dump.xml.bz2"), DumpFiles.SCHEMA_011, kind.wiki(),
                kind.pages(PAGES.get(kind), 17));
        Path out = dir.resolve("entries.jsonl");
        assertEquals(0, AqeaCli.run(new String[] {"extract", "--edition", kind.edition(), dump.toString(), "-o",
                out.toString()}));
        String digest = Sha256.hex(Files.readAllBytes(out));
        assertEquals(recorded().get(kind.name()), digest, kind.name() + " " + PAGES.get(kind) + " pages: the output"
                + " changed; if that is meant, record " + kind.name() + " " + digest + " and say why");
    }

    private static Map<String, String> recorded() throws IOException {
        Map<String, String> digests = new HashMap<>();
        try (InputStream file = OutputDigestTest.class.getResourceAsStream("/aqea/output-digests.txt")) {
            for (String line : new String(file.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+");
                    digests.put(parts[0], parts[1]);
                }
            }
        }
        return digests;
    }
}
