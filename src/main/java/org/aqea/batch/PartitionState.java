package org.aqea.batch;

/**
 * What the artifacts of one partition of the extract step share while it runs: its range and counters. Kept in
 * {@link PartitionStates}, looked up by execution and partition: the reader counts pages, the writer entries, the
 * progress listener records both with each chunk. Not state to survive a crash: the checkpoint and the progress row
 * hold that.
 */
final class PartitionState {

    private final String range;
    private final int partitionIndex;
    private long pagesConsumed;
    private long pagesRead;
    private long entriesWritten;
    private long pagesRefused;
    private int chunkEntries;

    PartitionState(String range, int partitionIndex, long pagesConsumed) {
        this.range = range;
        this.partitionIndex = partitionIndex;
        this.pagesConsumed = pagesConsumed;
    }

    String range() {
        return range;
    }

    int partitionIndex() {
        return partitionIndex;
    }

    /** Pages of the range done, across restarts: the checkpoint. */
    long pagesConsumed() {
        return pagesConsumed;
    }

    /** Pages this execution read. */
    long pagesRead() {
        return pagesRead;
    }

    long entriesWritten() {
        return entriesWritten;
    }

    /** Pages whose rows the database refused (rejected by the writer, not skipped by the batch runtime). */
    long pagesRefused() {
        return pagesRefused;
    }

    /** Entries the last chunk wrote or journalled. */
    int chunkEntries() {
        return chunkEntries;
    }

    void pageRead() {
        pagesConsumed++;
        pagesRead++;
    }

    void chunkWritten(int entries, int refusedPages) {
        chunkEntries = entries;
        entriesWritten += entries;
        pagesRefused += refusedPages;
    }
}
