package org.aqea.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per client: {@code perSecond} requests a second on average, bursts up to {@code burst}. Keeps at
 * most {@code maxClients} buckets (the least recently used goes first), so that many clients cannot fill memory.
 */
public final class RateLimiter {

    private final double perSecond;
    private final double burst;
    private final Map<String, double[]> buckets;

    public RateLimiter(double perSecond, double burst, int maxClients) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Takes one request of the client at {@code nanos} (a monotonic clock). Empty when allowed, else the whole
     * seconds until the client may ask again (at least 1).
     */
    public synchronized OptionalLong acquire(String client, long nanos) {
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[] {burst, nanos});
        double tokens = Math.min(burst, bucket[0] + (nanos - bucket[1]) / 1e9 * perSecond);
        bucket[1] = nanos;
        if (tokens >= 1) {
            bucket[0] = tokens - 1;
            return OptionalLong.empty();
        }
        bucket[0] = tokens;
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) / perSecond)));
    }
}
