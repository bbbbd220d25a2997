package org.aqea.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Locks a user name out from one client address after {@code maxFailures} failed log-ins in a row, for
 * {@code lockNanos}; a successful log-in clears the count. Keyed by address first, so that nobody can lock the admin
 * out from everywhere by failing on purpose: each address keeps the counts of at most {@link #NAMES_PER_ADDRESS}
 * names, and an address that fails with more names than that is locked out for every name, so that junk names
 * cannot push a lock out of memory. At most {@code maxAddresses} addresses are kept, the least recently seen
 * forgotten first.
 */
public final class LoginLockout {

    static final int NAMES_PER_ADDRESS = 16;

    /** The failures of one address: per name the count in a row and the last one's time. */
    private static final class Failures {
        final Map<String, long[]> byName = new HashMap<>();
        /** When the address failed with one name too many: every name is locked from then on. */
        long everyNameSince = -1;
    }

    private final int maxFailures;
    private final long lockNanos;
    private final Map<String, Failures> addresses;

    public LoginLockout(int maxFailures, long lockNanos, int maxAddresses) {
        this.maxFailures = maxFailures;
        this.lockNanos = lockNanos;
        this.addresses = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    /** Empty when the name may log in from the address, else the whole seconds the lock still lasts. */
    public synchronized OptionalLong locked(String address, String user, long nanos) {
        Failures failures = addresses.get(address);
        if (failures == null) {
            return OptionalLong.empty();
        }
        if (failures.everyNameSince >= 0) {
            long left = failures.everyNameSince + lockNanos - nanos;
            if (left > 0) {
                return seconds(left);
            }
            addresses.remove(address);
            return OptionalLong.empty();
        }
        long[] state = failures.byName.get(user);
        if (state == null || state[0] < maxFailures) {
            return OptionalLong.empty();
        }
        long left = state[1] + lockNanos - nanos;
        if (left <= 0) {
            failures.byName.remove(user);
            return OptionalLong.empty();
        }
        return seconds(left);
    }

    public synchronized void failed(String address, String user, long nanos) {
        Failures failures = addresses.computeIfAbsent(address, a -> new Failures());
        long[] state = failures.byName.get(user);
        if (state == null) {
            if (failures.byName.size() == NAMES_PER_ADDRESS) {
                failures.everyNameSince = nanos;
                return;
            }
            state = new long[2];
            failures.byName.put(user, state);
        }
        state[0]++;
        state[1] = nanos;
    }

    public synchronized void succeeded(String address, String user) {
        Failures failures = addresses.get(address);
        if (failures != null) {
            failures.byName.remove(user);
        }
    }

    private static OptionalLong seconds(long nanos) {
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999) / 1_000_000_000));
    }
}
