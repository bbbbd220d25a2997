package org.aqea.store.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeaningStoreTest {

    @Test
    void pgvectorSearchesFromItsReleaseWithIterativeScans() {
        assertTrue(MeaningStore.atLeast("0.8.0", MeaningStore.PGVECTOR_SINCE));
        assertTrue(MeaningStore.atLeast("0.8.7", MeaningStore.PGVECTOR_SINCE));
        assertTrue(MeaningStore.atLeast("0.10.1", MeaningStore.PGVECTOR_SINCE));
        assertTrue(MeaningStore.atLeast("1.0", MeaningStore.PGVECTOR_SINCE));
        assertFalse(MeaningStore.atLeast("0.7.4", MeaningStore.PGVECTOR_SINCE));
        assertFalse(MeaningStore.atLeast("0.5.1", MeaningStore.PGVECTOR_SINCE));
        assertTrue(MeaningStore.atLeast("0.8.0-beta", MeaningStore.PGVECTOR_SINCE));
    }
}
