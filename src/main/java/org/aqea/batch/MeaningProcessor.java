package org.aqea.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Optional;
import org.aqea.meaning.MeaningModel;
import org.aqea.meaning.MeaningText;
import org.aqea.store.lexicon.EntryKey;
import org.aqea.store.lexicon.MeaningStore.EntryToEmbed;

/**
 * An entry to the change of its meaning: its new text to embed, or its stored vector to forget when its text
 * vanished; nothing when the stored vector was computed from the same text by the same model.
 */
@Named
@Dependent
public class MeaningProcessor implements ItemProcessor {

    /** @param text the text to embed, or null when the entry has none any more */
    record MeaningChange(EntryKey key, String text) {
    }

    @Override
    public Object processItem(Object item) {
        EntryToEmbed entry = (EntryToEmbed) item;
        Optional<String> text = MeaningText.of(entry.entry());
        if (text.isEmpty()) {
            return entry.storedText() == null ? null : new MeaningChange(entry.key(), null);
        }
        if (text.get().equals(entry.storedText()) && MeaningModel.NAME.equals(entry.storedModel())) {
            return null;
        }
        return new MeaningChange(entry.key(), text.get());
    }
}
