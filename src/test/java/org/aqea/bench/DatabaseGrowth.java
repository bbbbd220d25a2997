package org.aqea.bench;

import java.util.List;

/**
 * How the database grew with the entries a run wrote, from samples of (entries written, database bytes) taken while
 * it ran: per 100,000 entries in the first and in the second half of the writing, so that growth faster than the
 * entries shows.
 */
final class DatabaseGrowth {

    private static final double PER = 100_000;
    /** Megabytes as the benchmark's other lines count them (heap, database size). */
    private static final double MB = 1e6;

    private DatabaseGrowth() {
    }

    static String describe(List<long[]> samples) {
        List<long[]> writing = samples.stream().filter(sample -> sample[0] > 0).toList();
        if (writing.size() < 3) {
            return "  database growth: too few samples while entries were written";
        }
        long entries = writing.get(writing.size() - 1)[0];
        long[] first = writing.get(0);
        long[] middle = writing.stream().filter(sample -> sample[0] >= entries / 2).findFirst().orElseThrow();
        long[] last = writing.stream().filter(sample -> sample[0] == entries).findFirst().orElseThrow();
        long[] end = samples.get(samples.size() - 1);
        return String.format("  database growth per 100,000 entries while they were written: %,.0f MB in the first half, "
                        + "%,.0f MB in the second; %,.0f MB when the last entry was written, %,.0f MB at the end (%,.0f MB "
                        + "per 100,000 entries)", perHundredThousand(first, middle), perHundredThousand(middle, last),
                last[1] / MB, end[1] / MB, end[1] / MB / entries * PER);
    }

    private static double perHundredThousand(long[] from, long[] to) {
        return to[0] == from[0] ? Double.NaN : (to[1] - from[1]) / MB / (to[0] - from[0]) * PER;
    }
}
