package org.aqea.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Who may keep a read: shared caches when reading is open, only the client's own cache (revalidating) else. */
class CacheableAnswerTest {

    @Test
    void openReadingLetsSharedCachesKeepAnAnswerForAMinute() {
        assertEquals("public, max-age=60", CacheableAnswer.cacheControl(true));
    }

    @Test
    void withLogInsOnlyTheClientKeepsItAndAsksEachTime() {
        assertEquals("private, no-cache", CacheableAnswer.cacheControl(false));
    }
}
