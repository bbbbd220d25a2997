package org.aqea.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalancedRangesTest {

    private static List<String> labels(long[] pages, int count) {
        return BalancedRanges.of(pages, count).stream().map(TitleRange::label).toList();
    }

    @Test
    void evenLettersSplitEvenly() {
        long[] pages = new long[26];
        Arrays.fill(pages, 10);
        assertEquals(List.of("A-M", "N-Z"), labels(pages, 2));
        assertEquals(List.of("A-Z"), labels(pages, 1));
        assertEquals(26, labels(pages, 26).size());
    }

    @Test
    void aHeavyLetterGetsARangeOfItsOwnAndTheLargestRangeIsAsSmallAsPossible() {
        long[] pages = new long[26];
        Arrays.fill(pages, 1);
        pages['S' - 'A'] = 100;
        assertEquals(List.of("A-R", "S", "T-Z"), labels(pages, 3));
    }

    @Test
    void rangesCoverEveryLetterOnceInOrder() {
        long[] pages = {5, 0, 9, 1, 0, 0, 7, 3, 3, 3, 0, 12, 1, 1, 1, 8, 0, 2, 30, 4, 0, 0, 6, 0, 0, 1};
        for (int count = 1; count <= 26; count++) {
            List<TitleRange> ranges = BalancedRanges.of(pages, count);
            assertEquals(count, ranges.size());
            char next = 'A';
            for (TitleRange range : ranges) {
                assertEquals(next, range.first(), ranges::toString);
                next = (char) (range.last() + 1);
            }
            assertEquals('Z' + 1, next);
        }
    }

    @Test
    void countsOutsideOneTo26AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BalancedRanges.of(new long[26], 0));
        assertThrows(IllegalArgumentException.class, () -> BalancedRanges.of(new long[26], 27));
    }
}
