package org.aqea.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.aqea.dump.DumpPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageShardsTest {

    private static final List<DumpPage> PAGES = List.of(
            new DumpPage("Haus", 0, 1, 11, "2024-10-01T12:00:00Z", "== Haus ({{Sprache|Deutsch}}) ==\n", null),
            new DumpPage("Straße", 0, 2, 12, null, "Ä ö ü ß – 😀 " + "x".repeat(100_000), null),
            new DumpPage("Häuser", 0, 3, 13, "2024-10-02T12:00:00Z", "#WEITERLEITUNG [[Haus]]", "Haus"),
            new DumpPage("Riese", 0, 4, 14, "", "ab", null, 3_000_000),
            new DumpPage("", 0, 5, 15, "", "", null));

    @Test
    void pagesComeBackAsTheyWereWrittenAcrossFiles(@TempDir Path directory) throws IOException {
        Path first = write(directory.resolve("a.pages"), PAGES.subList(0, 2));
        Path second = write(directory.resolve("b.pages"), PAGES.subList(2, PAGES.size()));
        assertEquals(PAGES, readAll(List.of(first, second)));
        assertEquals(2, PageShards.countPages(first));
        assertEquals(3, PageShards.countPages(second));
        try (PageShards.Reader reader = new PageShards.Reader(List.of(first, second))) {
            assertTrue(reader.skip());
            assertTrue(reader.skip());
            assertEquals(PAGES.get(2), reader.next(), "skipping crosses into the next file");
        }
    }

    @Test
    void aShardCutAtACheckpointHoldsExactlyThePagesBeforeIt(@TempDir Path directory) throws IOException {
        Path shard = directory.resolve("s.pages");
        long checkpoint = 0;
        try (OutputStream out = Files.newOutputStream(shard)) {
            for (DumpPage page : PAGES) {
                out.write(PageShards.encode(page));
                if (page.pageId() == 3) {
                    checkpoint = Files.size(shard);
                }
            }
        }
        try (FileChannel channel = FileChannel.open(shard, StandardOpenOption.WRITE)) {
            channel.truncate(checkpoint);
        }
        assertEquals(PAGES.subList(0, 3), readAll(List.of(shard)));
    }

    @Test
    void aTornLastRecordIsAnErrorNamingTheShard(@TempDir Path directory) throws IOException {
        Path shard = write(directory.resolve("torn.pages"), PAGES.subList(0, 2));
        byte[] next = PageShards.encode(PAGES.get(2));
        Files.write(shard, java.util.Arrays.copyOf(next, next.length / 2), StandardOpenOption.APPEND);
        try (PageShards.Reader reader = new PageShards.Reader(List.of(shard))) {
            reader.next();
            reader.next();
            IOException torn = assertThrows(IOException.class, reader::next);
            assertTrue(torn.getMessage().contains("torn.pages ends in a torn record"), torn.getMessage());
        }
    }

    private static Path write(Path file, List<DumpPage> pages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (DumpPage page : pages) {
                out.write(PageShards.encode(page));
            }
        }
        return file;
    }

    private static List<DumpPage> readAll(List<Path> files) throws IOException {
        List<DumpPage> pages = new ArrayList<>();
        try (PageShards.Reader reader = new PageShards.Reader(files)) {
            for (DumpPage page = reader.next(); page != null; page = reader.next()) {
                pages.add(page);
            }
            assertNull(reader.next(), "the end stays the end");
        }
        return pages;
    }
}
