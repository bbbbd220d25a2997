package org.aqea.partition;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The alphabet ranges a dump is partitioned by. Titles are assigned by their first character, case-insensitively,
 * with letters folded to their base letter (Ä to A, ß to S, É to E); every title lands in exactly one range
 * because the catch-all range {@link TitleRange#OTHER} always comes last.
 */
public final class TitleRanges {

    /** The predecessor's five ranges. */
    public static final List<String> DEFAULT_SPEC = List.of("A-E", "F-J", "K-O", "P-T", "U-Z");

    private final List<TitleRange> ranges;
    private final TitleRange[] byLetter = new TitleRange[26];

    private TitleRanges(List<TitleRange> letterRanges) {
        List<TitleRange> all = new ArrayList<>(letterRanges);
        all.add(TitleRange.OTHER);
        this.ranges = Collections.unmodifiableList(all);
        for (TitleRange range : letterRanges) {
            for (char c = range.first(); c <= range.last(); c++) {
                byLetter[c - 'A'] = range;
            }
        }
    }

    /**
     * Parses range specifications such as {@code ["A-E", "F", "G-Z"]}. An explicit {@code other} entry is
     * accepted and ignored (the catch-all range is always there).
     *
     * @throws IllegalArgumentException naming the malformed or overlapping range
     */
    public static TitleRanges parse(List<String> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new IllegalArgumentException("no ranges given");
        }
        List<TitleRange> letterRanges = new ArrayList<>();
        boolean[] taken = new boolean[26];
        for (String raw : specs) {
            String spec = raw == null ? "" : raw.trim().toUpperCase();
            if (spec.equalsIgnoreCase(TitleRange.OTHER_LABEL)) {
                continue;
            }
            TitleRange range = parseOne(raw, spec);
            for (char c = range.first(); c <= range.last(); c++) {
                if (taken[c - 'A']) {
                    throw new IllegalArgumentException("range '" + raw + "' overlaps another range at letter " + c);
                }
                taken[c - 'A'] = true;
            }
            letterRanges.add(range);
        }
        letterRanges.sort((a, b) -> Character.compare(a.first(), b.first()));
        return new TitleRanges(letterRanges);
    }

    private static TitleRange parseOne(String raw, String spec) {
        char first;
        char last;
        if (spec.length() == 1) {
            first = spec.charAt(0);
            last = first;
        } else if (spec.length() == 3 && spec.charAt(1) == '-') {
            first = spec.charAt(0);
            last = spec.charAt(2);
        } else {
            throw new IllegalArgumentException("malformed range '" + raw + "': expected a letter or two letters "
                    + "joined by '-', such as A-E");
        }
        if (first < 'A' || first > 'Z' || last < 'A' || last > 'Z') {
            throw new IllegalArgumentException("malformed range '" + raw + "': only the letters A to Z can bound a range");
        }
        if (first > last) {
            throw new IllegalArgumentException("malformed range '" + raw + "': " + first + " comes after " + last);
        }
        return new TitleRange(first, last);
    }

    /** The letter ranges in alphabetical order, then the catch-all range. */
    public List<TitleRange> ranges() {
        return ranges;
    }

    public TitleRange rangeOf(String title) {
        char folded = foldedInitial(title);
        if (folded >= 'A' && folded <= 'Z' && byLetter[folded - 'A'] != null) {
            return byLetter[folded - 'A'];
        }
        return TitleRange.OTHER;
    }

    public TitleRange byLabel(String label) {
        for (TitleRange range : ranges) {
            if (range.label().equals(label)) {
                return range;
            }
        }
        throw new IllegalArgumentException("no range labelled '" + label + "'");
    }

    /** The first character of a title, upper-cased and folded to its base letter; {@code \0} for an empty title. */
    static char foldedInitial(String title) {
        if (title == null || title.isEmpty()) {
            return '\0';
        }
        int codePoint = title.codePointAt(0);
        if (codePoint < 0x80) {
            return Character.toUpperCase((char) codePoint);
        }
        if (codePoint == 'ß' || codePoint == 'ẞ') {
            return 'S';
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        char base = Character.toUpperCase(decomposed.charAt(0));
        return base < 0x80 ? base : '\0';
    }
}
