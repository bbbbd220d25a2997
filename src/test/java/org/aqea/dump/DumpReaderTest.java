package org.aqea.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aqea.testing.DumpFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpReaderTest {

    @TempDir
    Path dir;

    private static List<DumpFiles.Page> pages(int count) {
        List<DumpFiles.Page> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            pages.add(DumpFiles.Page.article(i, "Wort " + i, "== Wort ({{Sprache|Deutsch}}) ==\n<b>&amp; " + i + "</b>"));
        }
        return pages;
    }

    private static List<DumpPage> readAll(DumpReader reader) throws IOException {
        List<DumpPage> read = new ArrayList<>();
        DumpPage page;
        while ((page = reader.nextPage()) != null) {
            read.add(page);
        }
        return read;
    }

    @Test
    void readsMainNamespacePagesOfBothSchemasWithIdsAndText() throws IOException {
        for (String schema : List.of(DumpFiles.SCHEMA_010, DumpFiles.SCHEMA_011)) {
            List<DumpFiles.Page> pages = new ArrayList<>(pages(3));
            pages.add(new DumpFiles.Page("Diskussion:Wort 1", 1, 90, "talk", null));
            pages.add(new DumpFiles.Page("Wörtchen", 0, 91, "#WEITERLEITUNG [[Wort 1]]", "Wort 1"));
            Path file = DumpFiles.writeXml(dir.resolve("dump.xml"), schema, pages);
            try (DumpReader reader = DumpReader.open(file)) {
                List<DumpPage> read = readAll(reader);
                assertEquals(4, read.size(), "the talk page is not in the main namespace");
                DumpPage first = read.get(0);
                assertEquals("Wort 1", first.title());
                assertEquals(1, first.pageId());
                assertEquals(1_000_001, first.revisionId(), "the revision id, not the contributor's");
                assertEquals("2024-10-01T12:00:00Z", first.timestamp());
                assertEquals("== Wort ({{Sprache|Deutsch}}) ==\n<b>&amp; 1</b>", first.text());
                DumpPage redirect = read.get(3);
                assertTrue(redirect.isRedirect());
                assertEquals("Wort 1", redirect.redirectTarget());
            }
        }
    }

    @Test
    void aPageOfAHistoryDumpIsReadWithItsNewestRevision() throws IOException {
        DumpFiles.Page first = DumpFiles.Page.article(5, "Hund", "first text");
        Path file = DumpFiles.writeHistoryBz2(dir.resolve("dewiktionary-20261201-pages-meta-hist-incr.xml.bz2"), "dewiktionary",
                List.of(List.of(first.withRevision(10, "oldest"), first.withRevision(12, "middle"), first.withRevision(17, "newest")),
                        List.of(DumpFiles.Page.article(6, "Katze", "only"))));
        try (DumpReader reader = DumpReader.open(file)) {
            List<DumpPage> read = readAll(reader);
            assertEquals(2, read.size());
            assertEquals(17, read.get(0).revisionId());
            assertEquals("newest", read.get(0).text());
            assertEquals(6, read.get(0).textLength());
            assertEquals("only", read.get(1).text());
            assertEquals(1_000_006, read.get(1).revisionId());
        }
    }

    @Test
    void readsBz2AndEveryStreamOfAMultistreamDump() throws IOException {
        List<DumpFiles.Page> pages = pages(1_050);
        try (DumpReader reader = DumpReader.open(DumpFiles.writeBz2(dir.resolve("dump.xml.bz2"), DumpFiles.SCHEMA_011, pages))) {
            assertEquals(1_050, readAll(reader).size());
        }
        Path multistream = dir.resolve("multistream.xml.bz2");
        List<Long> offsets = DumpFiles.writeMultistream(multistream, dir.resolve("index.txt.bz2"), DumpFiles.SCHEMA_011, pages, 100);
        try (DumpReader reader = DumpReader.open(multistream)) {
            assertEquals(1_050, readAll(reader).size(), "a single-stream decoder would stop after the header");
        }
        try (DumpReader reader = DumpReader.openAt(multistream, offsets.get(5))) {
            List<DumpPage> rest = readAll(reader);
            assertEquals(550, rest.size());
            assertEquals("Wort 501", rest.get(0).title());
        }
    }

    @Test
    void parallelDecompressionOfAMultistreamDumpGivesThePagesOfTheSequentialReaderInOrder() throws IOException {
        List<DumpFiles.Page> pages = pages(2_345);
        Path multistream = dir.resolve("pages-articles-multistream.xml.bz2");
        Path index = dir.resolve("pages-articles-multistream-index.txt.bz2");
        DumpFiles.writeMultistream(multistream, index, DumpFiles.SCHEMA_011, pages, 50);
        assertEquals(index, MultistreamIndex.beside(multistream).orElseThrow(), "found by Wikimedia's naming");
        List<DumpPage> sequential;
        try (DumpReader reader = DumpReader.open(multistream)) {
            sequential = readAll(reader);
        }
        for (int threads : new int[] {1, 3}) {
            try (DumpReader reader = DumpReader.openParallel(multistream, MultistreamIndex.read(index), threads)) {
                assertEquals(sequential, readAll(reader));
                assertEquals(Files.size(multistream), reader.bytePosition());
            }
        }

        byte[] bytes = Files.readAllBytes(multistream);
        Path cut = Files.write(dir.resolve("cut.xml.bz2"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        DumpFormatException error = assertThrows(DumpFormatException.class, () -> {
            try (DumpReader reader = DumpReader.openParallel(cut, MultistreamIndex.read(index), 2)) {
                readAll(reader);
            }
        });
        assertTrue(error.getMessage().contains("before the stream at"), error.getMessage());
    }

    @Test
    void theMultistreamIndexGivesStreamOffsets() throws IOException {
        List<DumpFiles.Page> pages = pages(250);
        Path index = dir.resolve("index.txt.bz2");
        List<Long> offsets = DumpFiles.writeMultistream(dir.resolve("m.xml.bz2"), index, DumpFiles.SCHEMA_010, pages, 100);
        assertEquals(offsets, MultistreamIndex.read(index).streamOffsets());
        assertEquals(250, MultistreamIndex.read(index).pageCount());
    }

    @Test
    void aTruncatedBz2KeepsThePagesBeforeAndNamesTheFileAndOffset() throws IOException {
        Path whole = DumpFiles.writeBz2(dir.resolve("whole.xml.bz2"), DumpFiles.SCHEMA_011, pages(30_000));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.xml.bz2"), Arrays.copyOf(bytes, bytes.length / 2));
        List<DumpPage> read = new ArrayList<>();
        try (DumpReader reader = DumpReader.open(truncated)) {
            DumpFormatException error = assertThrows(DumpFormatException.class, () -> {
                DumpPage page;
                while ((page = reader.nextPage()) != null) {
                    read.add(page);
                }
            });
            assertTrue(error.getMessage().startsWith(truncated.toString()), error.getMessage());
            assertTrue(error.getMessage().contains("byte offset"), error.getMessage());
            assertTrue(error.getMessage().contains("after page 'Wort " + read.size() + "'"), error.getMessage());
            assertNull(reader.nextPage(), "a broken reader stays at its end");
        }
        assertTrue(read.size() > 100, "pages before the fault are kept: " + read.size());
    }

    @Test
    void malformedXmlAndFilesThatAreNoDumpsAreNamed() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xml"), DumpFiles.header(DumpFiles.SCHEMA_011)
                + DumpFiles.pageXml(DumpFiles.Page.article(1, "Gut", "ok")) + "<page><title>Kaputt</title><ns>0</x>");
        try (DumpReader reader = DumpReader.open(broken)) {
            assertEquals("Gut", reader.nextPage().title());
            DumpFormatException error = assertThrows(DumpFormatException.class, reader::nextPage);
            assertTrue(error.getMessage().contains("malformed XML"), error.getMessage());
            assertTrue(error.getMessage().contains("after page 'Gut'"), error.getMessage());
        }
        Path html = Files.writeString(dir.resolve("page.html"), "<html><body>no dump</body></html>");
        DumpFormatException notDump = assertThrows(DumpFormatException.class, () -> DumpReader.open(html));
        assertTrue(notDump.getMessage().contains("not a MediaWiki XML dump: the root element is <html>"), notDump.getMessage());
        Path binary = Files.write(dir.resolve("random.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF});
        DumpFormatException notXml = assertThrows(DumpFormatException.class, () -> DumpReader.open(binary));
        assertTrue(notXml.getMessage().startsWith(binary.toString()), notXml.getMessage());
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello, this is no XML");
        DumpFormatException plain = assertThrows(DumpFormatException.class, () -> DumpReader.open(text));
        assertTrue(plain.getMessage().contains("not a readable MediaWiki XML dump: malformed XML"), plain.getMessage());
    }

    @Test
    void entityLimitsOfTheJdkDoNotStopALargeDump() throws IOException {
        // More than 50,000,000 bytes of character references: the JDK's default totalEntitySizeLimit.
        String text = "&<>\"".repeat(2_000);
        List<DumpFiles.Page> pages = new ArrayList<>();
        for (int i = 1; i <= 7_000; i++) {
            pages.add(DumpFiles.Page.article(i, "E" + i, text));
        }
        Path file = DumpFiles.writeXml(dir.resolve("entities.xml"), DumpFiles.SCHEMA_011, pages);
        try (DumpReader reader = DumpReader.open(file)) {
            assertEquals(7_000, readAll(reader).size());
        }
    }

    /** lbzip2 where installed; AQEA_REQUIRE_LBZIP2=1 (CI, which installs it) makes its absence a failure. */
    private static Optional<Path> lbzip2() {
        Optional<Path> lbzip2 = Bzip2Decoder.lbzip2("auto");
        if ("1".equals(System.getenv("AQEA_REQUIRE_LBZIP2"))) {
            assertTrue(lbzip2.isPresent(), "AQEA_REQUIRE_LBZIP2=1 but lbzip2 is not on the PATH");
        }
        Assumptions.assumeTrue(lbzip2.isPresent(), "lbzip2 is not installed");
        return lbzip2;
    }

    @Test
    void aDecoderAheadOfTheReaderAndLbzip2GiveThePagesOfTheSequentialReader() throws IOException {
        List<DumpFiles.Page> pages = pages(20_000);
        Path single = DumpFiles.writeBz2(dir.resolve("single.xml.bz2"), DumpFiles.SCHEMA_011, pages);
        Path gzip = DumpFiles.writeGzip(dir.resolve("single.xml.gz"), DumpFiles.SCHEMA_011, pages);
        Path multistream = dir.resolve("m-multistream.xml.bz2");
        DumpFiles.writeMultistream(multistream, dir.resolve("m-multistream-index.txt.bz2"), DumpFiles.SCHEMA_011, pages, 100);
        List<DumpPage> sequential;
        try (DumpReader reader = DumpReader.open(single)) {
            sequential = readAll(reader);
        }
        assertEquals(20_000, sequential.size());
        for (Path file : List.of(single, gzip, multistream)) {
            try (DumpReader reader = DumpReader.openDecompressingInParallel(file, Optional.empty())) {
                assertEquals(sequential, readAll(reader), file.toString());
                assertEquals(Files.size(file), reader.bytePosition(), file.toString());
            }
        }
        Optional<Path> lbzip2 = lbzip2();
        for (Path file : List.of(single, multistream)) {
            try (DumpReader reader = DumpReader.openDecompressingInParallel(file, lbzip2)) {
                assertEquals(sequential, readAll(reader), file.toString());
                assertEquals(Files.size(file), reader.bytePosition(), file.toString());
            }
        }
    }

    @Test
    void lbzip2ReportsATruncatedOrCorruptFileAsTheJavaDecoderDoes() throws IOException {
        Optional<Path> lbzip2 = lbzip2();
        Path whole = DumpFiles.writeBz2(dir.resolve("whole.xml.bz2"), DumpFiles.SCHEMA_011, pages(30_000));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.xml.bz2"), Arrays.copyOf(bytes, bytes.length / 2));
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 3] ^= 0x55;
        Path corrupt = Files.write(dir.resolve("corrupt.xml.bz2"), flipped);
        for (Path broken : List.of(truncated, corrupt)) {
            for (Optional<Path> decoder : List.of(Optional.<Path>empty(), lbzip2)) {
                List<DumpPage> read = new ArrayList<>();
                // lbzip2 decodes blocks on every core and may fail on the broken block before it hands out the ones
                // before it: then opening the dump fails already, and no page is read (never another decoder's).
                DumpFormatException error = assertThrows(DumpFormatException.class, () -> {
                    try (DumpReader reader = DumpReader.openDecompressingInParallel(broken, decoder)) {
                        DumpPage page;
                        while ((page = reader.nextPage()) != null) {
                            read.add(page);
                        }
                    }
                }, broken + " with " + decoder);
                String message = error.getMessage();
                assertTrue(message.startsWith(broken.toString()), message);
                assertTrue(message.contains("truncated or corrupt compressed data"), message);
                assertTrue(decoder.isEmpty() || message.contains("lbzip2 exited with status 1"), message);
                assertTrue(message.contains(read.isEmpty() && decoder.isPresent() ? "before the first page"
                        : "after page 'Wort " + read.size() + "'"), message);
            }
        }
    }

    @Test
    void anLbzip2ThatCannotStartLeavesTheDumpToTheJavaDecoder() throws IOException {
        Path notAProgram = Files.writeString(dir.resolve("lbzip2"), "this is no executable\0\0\0");
        assertTrue(notAProgram.toFile().setExecutable(true));
        Path single = DumpFiles.writeBz2(dir.resolve("single.xml.bz2"), DumpFiles.SCHEMA_011, pages(500));
        try (DumpReader reader = DumpReader.openDecompressingInParallel(single, Bzip2Decoder.lbzip2(notAProgram.toString()))) {
            assertEquals(500, readAll(reader).size());
        }
    }

    @Test
    void theDecoderSettingNamesWhatItTakes() throws IOException {
        assertEquals(Optional.empty(), Bzip2Decoder.lbzip2("java"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Bzip2Decoder.lbzip2(dir.resolve("nowhere").toString()));
        assertTrue(missing.getMessage().contains("expected auto, java, lbzip2 or the absolute path"), missing.getMessage());
        Path notExecutable = Files.writeString(dir.resolve("plain"), "x");
        assertThrows(IllegalArgumentException.class, () -> Bzip2Decoder.lbzip2(notExecutable.toString()));
        assertThrows(IllegalArgumentException.class, () -> Bzip2Decoder.lbzip2("relative/lbzip2"));
        assertEquals(Bzip2Decoder.lbzip2("auto"), Bzip2Decoder.lbzip2(null), "unset is auto");
    }
}
