package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.aqea.run.RunParameters;
import org.aqea.store.lexicon.EntryKey;
import org.aqea.store.lexicon.MeaningStore;
import org.aqea.store.lexicon.MeaningStore.EntryToEmbed;

/**
 * Reads live entries in key order, a page at a time, to be embedded: the whole lexicon's for the meaning backfill; with
 * property {@code entries} set to {@code run}, those the extraction run has read, and none unless the run asks for
 * meanings ({@link RunParameters#meanings}). Its checkpoint is the key of the last entry read, so a restart goes on
 * after it.
 */
@Named
@Dependent
public class MeaningReader extends AbstractItemReader {

    private static final int PAGE = 500;
    private static final String OF_RUN = "run";

    @Inject
    MeaningStore meanings;

    @Inject
    @BatchProperty
    String entries;

    @Inject
    CurrentRun run;

    /** The job instance whose entries are read, or null for the whole lexicon. */
    private Long instance;

    private final Deque<EntryToEmbed> page = new ArrayDeque<>();
    private EntryKey last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = (EntryKey) checkpoint;
        if (OF_RUN.equals(entries)) {
            instance = run.instanceId();
            exhausted = !run.parameters().meanings();
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(meanings.entriesAfter(last, PAGE, instance));
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
