package org.aqea.wikitext;

/**
 * The numbers a wiki shows for the definition lines of a part of speech ({@code #} a sense, {@code ##} a subsense):
 * {@code 1}, {@code 2}, {@code 2.1}. One instance numbers one list of definitions.
 */
public final class SenseNumbers {

    /** Definitions nested deeper than this are not numbered. */
    public static final int MAX_DEPTH = 8;

    private final int[] numbers = new int[MAX_DEPTH];

    /** How many {@code #} the line begins with. */
    public static int depth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '#') {
            depth++;
        }
        return depth;
    }

    /** The number of the next definition at this depth ({@code 2.1}), or {@code null} deeper than {@link #MAX_DEPTH}. */
    public String next(int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            return null;
        }
        numbers[depth - 1]++;
        for (int d = depth; d < MAX_DEPTH; d++) {
            numbers[d] = 0;
        }
        StringBuilder id = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            id.append(d == 0 ? "" : ".").append(numbers[d]);
        }
        return id.toString();
    }
}
