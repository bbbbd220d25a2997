package org.aqea.journal;

import org.aqea.store.lexicon.EntryRow;

/** One journalled entry with what the writer needs to store it as the job would have. */
public record JournalLine(long jobInstanceId, String createdBy, EntryRow entry) {
}
