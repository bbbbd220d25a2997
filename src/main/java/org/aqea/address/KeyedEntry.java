package org.aqea.address;

import org.aqea.lexicon.LexicalEntry;

/**
 * An extracted entry ready for addressing: its allocation request, or the reason it gets no address, and the
 * field decision.
 */
public record KeyedEntry(LexicalEntry entry, AllocationRequest request, String unaddressedReason, FieldClassifier.Decision field) {
}
