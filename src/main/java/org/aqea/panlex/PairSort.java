package org.aqea.panlex;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Records of two longs (key, value) sorted by key, then value, in bounded memory: runs of {@code runSize} records
 * sorted in memory and written to files in {@code directory}, merged when read. The tables of a snapshot are larger
 * than the heap; this is how they are joined.
 */
final class PairSort implements Closeable {

    private final Path directory;
    private final String name;
    private final long[] keys;
    private final long[] values;
    private final List<Path> runs = new ArrayList<>();
    private int size;
    private long count;

    PairSort(Path directory, String name, int runSize) {
        this.directory = directory;
        this.name = name;
        this.keys = new long[runSize];
        this.values = new long[runSize];
    }

    void add(long key, long value) throws IOException {
        if (size == keys.length) {
            spill();
        }
        keys[size] = key;
        values[size] = value;
        size++;
        count++;
    }

    long count() {
        return count;
    }

    /** The records in order; no more may be added. */
    Cursor sorted() throws IOException {
        sort(keys, values, 0, size - 1);
        if (runs.isEmpty()) {
            return new MemoryRun(keys, values, size);
        }
        spill();
        List<Cursor> cursors = new ArrayList<>();
        for (Path run : runs) {
            cursors.add(new FileRun(run));
        }
        return new Merge(cursors);
    }

    private void spill() throws IOException {
        sort(keys, values, 0, size - 1);
        Path run = directory.resolve(name + "-" + runs.size() + ".run");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (int i = 0; i < size; i++) {
                out.writeLong(keys[i]);
                out.writeLong(values[i]);
            }
        }
        runs.add(run);
        size = 0;
    }

    /** Quicksort of both arrays by (key, value); recursion only into the smaller side. */
    static void sort(long[] keys, long[] values, int low, int high) {
        while (high - low > 16) {
            int middle = (low + high) >>> 1;
            if (less(keys, values, middle, low)) {
                swap(keys, values, middle, low);
            }
            if (less(keys, values, high, low)) {
                swap(keys, values, high, low);
            }
            if (less(keys, values, high, middle)) {
                swap(keys, values, high, middle);
            }
            long pivotKey = keys[middle];
            long pivotValue = values[middle];
            int i = low;
            int j = high;
            while (i <= j) {
                while (compare(keys[i], values[i], pivotKey, pivotValue) < 0) {
                    i++;
                }
                while (compare(keys[j], values[j], pivotKey, pivotValue) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, values, i, j);
                    i++;
                    j--;
                }
            }
            if (j - low < high - i) {
                sort(keys, values, low, j);
                low = i;
            } else {
                sort(keys, values, i, high);
                high = j;
            }
        }
        for (int i = low + 1; i <= high; i++) {
            for (int j = i; j > low && less(keys, values, j, j - 1); j--) {
                swap(keys, values, j, j - 1);
            }
        }
    }

    private static boolean less(long[] keys, long[] values, int a, int b) {
        return compare(keys[a], values[a], keys[b], values[b]) < 0;
    }

    static int compare(long keyA, long valueA, long keyB, long valueB) {
        int byKey = Long.compare(keyA, keyB);
        return byKey != 0 ? byKey : Long.compare(valueA, valueB);
    }

    private static void swap(long[] keys, long[] values, int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        long value = values[a];
        values[a] = values[b];
        values[b] = value;
    }

    @Override
    public void close() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
    }

    /** Sorted records, one at a time. */
    interface Cursor extends Closeable {
        /** Moves to the next record; false after the last. */
        boolean next() throws IOException;

        long key();

        long value();

        @Override
        default void close() throws IOException {
        }
    }

    private static final class MemoryRun implements Cursor {
        private final long[] keys;
        private final long[] values;
        private final int size;
        private int index = -1;

        MemoryRun(long[] keys, long[] values, int size) {
            this.keys = keys;
            this.values = values;
            this.size = size;
        }

        @Override
        public boolean next() {
            return ++index < size;
        }

        @Override
        public long key() {
            return keys[index];
        }

        @Override
        public long value() {
            return values[index];
        }
    }

    private static final class FileRun implements Cursor {
        private final DataInputStream in;
        private long key;
        private long value;

        FileRun(Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
        }

        @Override
        public boolean next() throws IOException {
            try {
                key = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            value = in.readLong();
            return true;
        }

        @Override
        public long key() {
            return key;
        }

        @Override
        public long value() {
            return value;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Merge implements Cursor {
        private final List<Cursor> all;
        private final PriorityQueue<Cursor> heads = new PriorityQueue<>(
                (a, b) -> compare(a.key(), a.value(), b.key(), b.value()));
        private Cursor current;
        private boolean started;

        Merge(List<Cursor> cursors) throws IOException {
            this.all = cursors;
            for (Cursor cursor : cursors) {
                if (cursor.next()) {
                    heads.add(cursor);
                }
            }
        }

        @Override
        public boolean next() throws IOException {
            if (started && current != null && current.next()) {
                heads.add(current);
            }
            started = true;
            current = heads.poll();
            return current != null;
        }

        @Override
        public long key() {
            return current.key();
        }

        @Override
        public long value() {
            return current.value();
        }

        @Override
        public void close() throws IOException {
            for (Cursor cursor : all) {
                cursor.close();
            }
        }
    }
}
