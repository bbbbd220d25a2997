package org.aqea.partition;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aqea.dump.DumpPage;

/**
 * The per-range shards a dump is split into, so that it is decompressed and read once per run whatever the number
 * of partitions: one file per title range, one binary record per page (no JSON: encoding and decoding every page's
 * text as JSON cost a tenth of the job). A record is its length (4 bytes) followed by the page: title, namespace,
 * page id, revision id, text length in the dump, timestamp, redirect target and text, strings as a length and UTF-8
 * bytes ({@code -1} for none). A file cut at a record boundary holds exactly the pages before the cut, which is what
 * the split step's checkpoint relies on.
 */
public final class PageShards {

    private PageShards() {
    }

    public static Path file(Path directory, TitleRange range) {
        return directory.resolve("shard-" + range.label() + ".pages");
    }

    /** The shards a partition reads: those of the split ranges inside its range, in alphabetical order. */
    public static List<Path> files(Path directory, TitleRanges split, TitleRange partition) {
        List<Path> files = new ArrayList<>();
        for (TitleRange range : split.ranges()) {
            boolean inside = partition.isOther() ? range.isOther()
                    : !range.isOther() && range.first() >= partition.first() && range.last() <= partition.last();
            if (inside) {
                files.add(file(directory, range));
            }
        }
        return files;
    }

    /** Pages in a shard, counted by their lengths without decoding them. */
    public static long countPages(Path shard) throws IOException {
        long pages = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(shard), 1 << 16))) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    return pages;
                }
                in.skipNBytes(length);
                pages++;
            }
        }
    }

    /** The page as one record, its length first. */
    public static byte[] encode(DumpPage page) {
        byte[] title = page.title().getBytes(StandardCharsets.UTF_8);
        byte[] timestamp = page.timestamp() == null ? null : page.timestamp().getBytes(StandardCharsets.UTF_8);
        byte[] redirect = page.redirectTarget() == null ? null : page.redirectTarget().getBytes(StandardCharsets.UTF_8);
        byte[] text = page.text().getBytes(StandardCharsets.UTF_8);
        int length = 4 + title.length + 4 + 8 + 8 + 8 + 4 + size(timestamp) + 4 + size(redirect) + 4 + text.length;
        ByteBuffer record = ByteBuffer.allocate(4 + length);
        record.putInt(length);
        put(record, title);
        record.putInt(page.namespace()).putLong(page.pageId()).putLong(page.revisionId()).putLong(page.textLength());
        put(record, timestamp);
        put(record, redirect);
        put(record, text);
        return record.array();
    }

    private static int size(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static void put(ByteBuffer record, byte[] bytes) {
        if (bytes == null) {
            record.putInt(-1);
        } else {
            record.putInt(bytes.length).put(bytes);
        }
    }

    /** Reads the pages of shard files in order, one record buffer reused for all. */
    public static final class Reader implements Closeable {

        private final List<Path> files;
        private int file;
        private DataInputStream in;
        private byte[] buffer = new byte[1 << 16];

        public Reader(List<Path> files) {
            this.files = files;
        }

        /** The next page, or {@code null} after the last. */
        public DumpPage next() throws IOException {
            ByteBuffer record = nextRecord();
            if (record == null) {
                return null;
            }
            String title = string(record);
            int namespace = record.getInt();
            long pageId = record.getLong();
            long revisionId = record.getLong();
            long textLength = record.getLong();
            String timestamp = string(record);
            String redirect = string(record);
            String text = string(record);
            return new DumpPage(title, namespace, pageId, revisionId, timestamp, text, redirect, textLength);
        }

        /** Skips a page without decoding it; false after the last. */
        public boolean skip() throws IOException {
            return nextRecord() != null;
        }

        private ByteBuffer nextRecord() throws IOException {
            while (file < files.size()) {
                if (in == null) {
                    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(files.get(file)), 1 << 16));
                }
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    in.close();
                    in = null;
                    file++;
                    continue;
                }
                if (length > buffer.length) {
                    buffer = new byte[Math.max(length, buffer.length * 2)];
                }
                try {
                    in.readFully(buffer, 0, length);
                } catch (EOFException torn) {
                    throw new IOException("shard " + files.get(file) + " ends in a torn record: the split step did not finish it", torn);
                }
                return ByteBuffer.wrap(buffer, 0, length);
            }
            return null;
        }

        private static String string(ByteBuffer record) {
            int length = record.getInt();
            if (length < 0) {
                return null;
            }
            String value = new String(record.array(), record.arrayOffset() + record.position(), length, StandardCharsets.UTF_8);
            record.position(record.position() + length);
            return value;
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}
