package org.aqea.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the 26 initial letters into a given number of contiguous ranges with page counts as even as possible:
 * the largest range is as small as it can be (linear partition, solved exactly).
 */
public final class BalancedRanges {

    public static final int MAX = 26;

    private BalancedRanges() {
    }

    /**
     * @param pagesPerLetter pages of each initial letter, A at index 0
     * @param count          number of ranges, 1 to 26
     */
    public static List<TitleRange> of(long[] pagesPerLetter, int count) {
        if (pagesPerLetter.length != MAX) {
            throw new IllegalArgumentException("expected a page count for each of the 26 letters, got " + pagesPerLetter.length);
        }
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("a partition count is 1 to " + MAX + ", not " + count);
        }
        long[] prefix = new long[MAX + 1];
        for (int i = 0; i < MAX; i++) {
            prefix[i + 1] = prefix[i] + pagesPerLetter[i];
        }
        // best[k][n]: the smallest possible largest range when the first n letters form k ranges.
        long[][] best = new long[count + 1][MAX + 1];
        int[][] cut = new int[count + 1][MAX + 1];
        for (int n = 1; n <= MAX; n++) {
            best[1][n] = prefix[n];
        }
        for (int k = 2; k <= count; k++) {
            for (int n = k; n <= MAX; n++) {
                best[k][n] = Long.MAX_VALUE;
                for (int start = k - 1; start < n; start++) {
                    long largest = Math.max(best[k - 1][start], prefix[n] - prefix[start]);
                    if (largest < best[k][n]) {
                        best[k][n] = largest;
                        cut[k][n] = start;
                    }
                }
            }
        }
        List<TitleRange> ranges = new ArrayList<>();
        int end = MAX;
        for (int k = count; k >= 1; k--) {
            int start = k == 1 ? 0 : cut[k][end];
            ranges.add(0, new TitleRange((char) ('A' + start), (char) ('A' + end - 1)));
            end = start;
        }
        return ranges;
    }
}
