package org.aqea.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ClientGuardsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aClientOverItsRateWaitsUntilItsBucketRefills() {
        RateLimiter limiter = new RateLimiter(2, 4, 100);
        for (int i = 0; i < 4; i++) {
            assertTrue(limiter.acquire("a", 0).isEmpty(), "the burst");
        }
        assertEquals(OptionalLong.of(1), limiter.acquire("a", 0));
        assertTrue(limiter.acquire("b", 0).isEmpty(), "another client has its own bucket");
        assertTrue(limiter.acquire("a", SECOND / 2).isEmpty(), "one request back after half a second at 2/s");
        assertEquals(OptionalLong.of(1), limiter.acquire("a", SECOND / 2));
    }

    @Test
    void theLeastRecentlyUsedClientsAreForgotten() {
        RateLimiter limiter = new RateLimiter(1, 1, 2);
        limiter.acquire("a", 0);
        limiter.acquire("b", 0);
        limiter.acquire("c", 0);
        assertTrue(limiter.acquire("a", 0).isEmpty(), "a was forgotten, so it starts with a full bucket");
    }

    @Test
    void repeatedFailuresLockTheNameAtThatAddressForAWhile() {
        LoginLockout lockout = new LoginLockout(3, 60 * SECOND, 100);
        for (int i = 0; i < 3; i++) {
            assertTrue(lockout.locked("10.0.0.1", "admin", 0).isEmpty());
            lockout.failed("10.0.0.1", "admin", 0);
        }
        assertEquals(OptionalLong.of(60), lockout.locked("10.0.0.1", "admin", 0));
        assertTrue(lockout.locked("10.0.0.2", "admin", 0).isEmpty(), "another address is not locked");
        assertTrue(lockout.locked("10.0.0.1", "reader", 0).isEmpty(), "another name is not locked");
        assertEquals(OptionalLong.of(1), lockout.locked("10.0.0.1", "admin", 59 * SECOND + 1));
        assertTrue(lockout.locked("10.0.0.1", "admin", 60 * SECOND).isEmpty(), "the lock ends");
        lockout.failed("10.0.0.1", "admin", 61 * SECOND);
        assertTrue(lockout.locked("10.0.0.1", "admin", 61 * SECOND).isEmpty(), "counting starts again");
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        LoginLockout lockout = new LoginLockout(2, 60 * SECOND, 100);
        lockout.failed("a", "admin", 0);
        lockout.succeeded("a", "admin");
        lockout.failed("a", "admin", 0);
        assertTrue(lockout.locked("a", "admin", 0).isEmpty());
    }
}
