package org.aqea.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.aqea.batch.MeaningProcessor.MeaningChange;
import org.aqea.meaning.MeaningModel;
import org.aqea.store.lexicon.EntryKey;
import org.aqea.store.lexicon.MeaningStore;
import org.aqea.store.lexicon.MeaningStore.ComputedMeaning;

/** Embeds a chunk's meaning texts at once (the model spreads them over the cores) and stores the vectors. */
@Named
@Dependent
public class MeaningWriter extends AbstractItemWriter {

    @Inject
    MeaningStore meanings;

    @Override
    public void writeItems(List<Object> items) {
        List<MeaningChange> changed = new ArrayList<>();
        List<EntryKey> vanished = new ArrayList<>();
        for (Object item : items) {
            MeaningChange change = (MeaningChange) item;
            if (change.text() == null) {
                vanished.add(change.key());
            } else {
                changed.add(change);
            }
        }
        List<float[]> vectors = changed.isEmpty() ? List.of()
                : MeaningModel.shared().embedAll(changed.stream().map(MeaningChange::text).toList());
        List<ComputedMeaning> computed = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            computed.add(new ComputedMeaning(changed.get(i).key(), changed.get(i).text(), MeaningModel.NAME, vectors.get(i)));
        }
        meanings.save(computed, vanished);
    }
}
