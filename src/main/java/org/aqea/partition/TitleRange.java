package org.aqea.partition;

import java.util.List;

/**
 * A range of initial letters, such as {@code A-E}, or the catch-all range {@link #OTHER} for titles that start
 * with no Latin letter (digits, punctuation, other scripts).
 */
public record TitleRange(char first, char last) {

    /** The label of the catch-all range. */
    public static final String OTHER_LABEL = "other";

    /** Holds every title no letter range takes. */
    public static final TitleRange OTHER = new TitleRange('\0', '\0');

    /** The range a label such as {@code A-E}, {@code F} or {@code other} names. */
    public static TitleRange ofLabel(String label) {
        return label.equals(OTHER_LABEL) ? OTHER : TitleRanges.parse(List.of(label)).ranges().get(0);
    }

    public boolean isOther() {
        return first == '\0';
    }

    public boolean contains(char folded) {
        return !isOther() && folded >= first && folded <= last;
    }

    public String label() {
        if (isOther()) {
            return OTHER_LABEL;
        }
        return first == last ? String.valueOf(first) : first + "-" + last;
    }

    @Override
    public String toString() {
        return label();
    }
}
