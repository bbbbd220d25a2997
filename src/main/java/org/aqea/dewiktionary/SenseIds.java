package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.wikitext.WikiText;

/**
 * Sense references such as {@code [1]}, {@code [2a]}, {@code [1, 3]}, {@code [1–3]} at the start of a line. Read for
 * every line of most sections: scanned by hand, a regular expression only for the rare range.
 */
final class SenseIds {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    private SenseIds() {
    }

    /** The ids in a leading {@code [...]} of the text; empty when there is none. */
    static List<String> leading(String text) {
        int close = closingBracket(text);
        return close < 0 ? List.of() : parse(text.substring(text.indexOf('[') + 1, close));
    }

    /** The text after a leading {@code [...]} and the whitespace after it. */
    static String afterLeading(String text) {
        int close = closingBracket(text);
        if (close < 0) {
            return text.strip();
        }
        int end = close + 1;
        while (end < text.length() && WikiText.isAsciiSpace(text.charAt(end))) {
            end++;
        }
        return text.substring(end);
    }

    static boolean hasLeading(String text) {
        return closingBracket(text) >= 0;
    }

    /** Where the {@code ]} of a leading {@code [...]} is (after whitespace, not a link's {@code [[}), or -1. */
    private static int closingBracket(String text) {
        int i = 0;
        while (i < text.length() && WikiText.isAsciiSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '[' || i + 1 < text.length() && text.charAt(i + 1) == '[') {
            return -1;
        }
        return text.indexOf(']', i + 1);
    }

    /** Parses the inside of the brackets: {@code 1, 2a}, {@code 1–3}, {@code 2a, b}. */
    static List<String> parse(String inside) {
        List<String> ids = new ArrayList<>();
        String lastNumber = "";
        int from = 0;
        while (from <= inside.length()) {
            int to = from;
            while (to < inside.length() && inside.charAt(to) != ',' && inside.charAt(to) != ';') {
                to++;
            }
            String id = inside.substring(from, to).strip().replace(" ", "");
            from = to + 1;
            if (id.isEmpty()) {
                continue;
            }
            if (id.indexOf('-') >= 0 || id.indexOf('–') >= 0) {
                Matcher range = RANGE.matcher(id);
                if (range.matches()) {
                    int first = Integer.parseInt(range.group(1));
                    int last = Integer.parseInt(range.group(2));
                    for (int n = first; n <= last && n - first < 50; n++) {
                        ids.add(Integer.toString(n));
                    }
                    lastNumber = range.group(2);
                    continue;
                }
            }
            if (isNumberWithLetter(id)) {
                ids.add(id);
                lastNumber = withoutLetter(id);
            } else if (isLetter(id) && !lastNumber.isEmpty()) {
                ids.add(lastNumber + id);
            } else if (isWordOrMark(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A sub-sense letter alone: {@code a}. */
    static boolean isLetter(String id) {
        return id.length() == 1 && id.charAt(0) >= 'a' && id.charAt(0) <= 'z';
    }

    /** The id without a trailing sub-sense letter: {@code 2a} to {@code 2}. */
    static String withoutLetter(String id) {
        char last = id.isEmpty() ? 0 : id.charAt(id.length() - 1);
        return last >= 'a' && last <= 'z' ? id.substring(0, id.length() - 1) : id;
    }

    /** Digits, then at most one letter: {@code 2}, {@code 2a}. */
    private static boolean isNumberWithLetter(String id) {
        int digits = 0;
        while (digits < id.length() && id.charAt(digits) >= '0' && id.charAt(digits) <= '9') {
            digits++;
        }
        return digits > 0 && (digits == id.length() || digits == id.length() - 1 && isLetter(id.substring(digits)));
    }

    /** Letters, digits, {@code _}, {@code .} and {@code *} only (ASCII). */
    private static boolean isWordOrMark(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (!word && c != '.' && c != '*') {
                return false;
            }
        }
        return !id.isEmpty();
    }
}
