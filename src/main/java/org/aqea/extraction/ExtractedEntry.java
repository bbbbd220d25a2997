package org.aqea.extraction;

import org.aqea.address.AqeaEntry;
import org.aqea.address.KeyedEntry;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.quality.EntryQuality;

/**
 * An entry as the pipeline leaves it: its key (or the reason it gets no address) and field, its AQEA fields before the
 * allocation (label, description, status {@code draft} where an address is still to come) and its validation.
 */
public record ExtractedEntry(KeyedEntry keyed, AqeaEntry unallocated, EntryQuality quality) {

    public LexicalEntry entry() {
        return keyed.entry();
    }
}
