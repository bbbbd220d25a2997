package org.aqea.extraction;

import org.aqea.address.AqeaEntry;
import org.aqea.address.Lexeme;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.quality.EntryQuality;

/**
 * An entry as the pipeline leaves it: its lexeme (key or reason for no address, field), its AQEA fields before the
 * allocation (label, description, status {@code draft} where an address is still to come) and its validation.
 */
public record ExtractedEntry(Lexeme lexeme, AqeaEntry unallocated, EntryQuality quality) {

    public LexicalEntry entry() {
        return lexeme.entry();
    }
}
