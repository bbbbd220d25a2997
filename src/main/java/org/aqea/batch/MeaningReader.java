package org.aqea.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.aqea.store.lexicon.EntryKey;
import org.aqea.store.lexicon.MeaningStore;
import org.aqea.store.lexicon.MeaningStore.EntryToEmbed;

/**
 * Reads the lexicon's live entries in key order, a page at a time, for the meaning backfill; its checkpoint is the key
 * of the last entry read, so a restart goes on after it.
 */
@Named
@Dependent
public class MeaningReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    MeaningStore meanings;

    private final Deque<EntryToEmbed> page = new ArrayDeque<>();
    private EntryKey last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = (EntryKey) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(meanings.entriesAfter(last, PAGE));
            exhausted = page.size() < PAGE;
        }
        EntryToEmbed next = page.poll();
        if (next != null) {
            last = next.key();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
