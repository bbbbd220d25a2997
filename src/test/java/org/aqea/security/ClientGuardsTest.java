package org.aqea.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** An attacker who fails with a thousand made-up names after locking the admin out does not lift the lock. */
    @Test
    void junkNamesDoNotPushALockOutOfMemory() {
        LoginLockout lockout = new LoginLockout(3, 60 * SECOND, 100);
        for (int i = 0; i < 3; i++) {
            lockout.failed("10.0.0.9", "admin", 0);
        }
        for (int i = 0; i < 1_000; i++) {
            lockout.failed("10.0.0.9", "junk" + i, SECOND);
        }
        assertTrue(lockout.locked("10.0.0.9", "admin", 2 * SECOND).isPresent(), "the admin stays locked from there");
        assertTrue(lockout.locked("10.0.0.9", "anyone", 2 * SECOND).isPresent(), "so is every other name from there");
        assertTrue(lockout.locked("10.0.0.10", "admin", 2 * SECOND).isEmpty(), "the admin logs in from elsewhere");
        assertTrue(lockout.locked("10.0.0.9", "admin", 62 * SECOND).isEmpty(), "the address's lock ends too");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItForwards() {
        ClientAddress clients = new ClientAddress(List.of("127.0.0.1"));
        assertEquals("203.0.113.7", clients.of("127.0.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", clients.of("127.0.0.1", "198.51.100.1, 203.0.113.7"),
                "the hop the proxy added, not one the client wrote");
        assertEquals("203.0.113.7", clients.of("127.0.0.1", "203.0.113.7, 127.0.0.1"), "trusted hops are passed over");
        assertEquals("127.0.0.1", clients.of("127.0.0.1", null));
        assertEquals("198.51.100.5", clients.of("198.51.100.5", "203.0.113.7"), "an untrusted peer names no one");

        LoginLockout lockout = new LoginLockout(3, 60 * SECOND, 100);
        for (int i = 0; i < 3; i++) {
            lockout.failed(clients.of("127.0.0.1", "203.0.113.66"), "admin", 0);
        }
        assertTrue(lockout.locked(clients.of("127.0.0.1", "203.0.113.66"), "admin", 0).isPresent(), "the attacker waits");
        assertTrue(lockout.locked(clients.of("127.0.0.1", "203.0.113.7"), "admin", 0).isEmpty(),
                "the admin behind the same proxy does not");
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
