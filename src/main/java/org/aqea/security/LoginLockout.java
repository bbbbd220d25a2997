package org.aqea.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Locks a user name out from one client address after {@code maxFailures} failed log-ins in a row, for
 * {@code lockNanos}; a successful log-in clears the count. Keyed by address and name, so that nobody can lock the
 * admin out from everywhere by failing on purpose. Keeps at most {@code maxKeys} counts.
 */
public final class LoginLockout {

    private final int maxFailures;
    private final long lockNanos;
    private final Map<String, long[]> failures;

    public LoginLockout(int maxFailures, long lockNanos, int maxKeys) {
        this.maxFailures = maxFailures;
        this.lockNanos = lockNanos;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Empty when the name may log in from the address, else the whole seconds the lock still lasts. */
    public synchronized OptionalLong locked(String address, String user, long nanos) {
        long[] state = failures.get(key(address, user));
        if (state == null || state[0] < maxFailures) {
            return OptionalLong.empty();
        }
        long left = state[1] + lockNanos - nanos;
        if (left <= 0) {
            failures.remove(key(address, user));
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (left + 999_999_999) / 1_000_000_000));
    }

    public synchronized void failed(String address, String user, long nanos) {
        long[] state = failures.computeIfAbsent(key(address, user), k -> new long[2]);
        state[0]++;
        state[1] = nanos;
    }

    public synchronized void succeeded(String address, String user) {
        failures.remove(key(address, user));
    }

    private static String key(String address, String user) {
        return address + "\n" + user;
    }
}
