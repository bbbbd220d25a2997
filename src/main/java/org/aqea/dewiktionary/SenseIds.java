package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sense references such as {@code [1]}, {@code [2a]}, {@code [1, 3]}, {@code [1–3]} at the start of a line. */
final class SenseIds {

    private static final Pattern LEADING = Pattern.compile("^\\s*\\[(?!\\[)([^\\]]*)]\\s*");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    private SenseIds() {
    }

    /** The ids in a leading {@code [...]} of the text; empty when there is none. */
    static List<String> leading(String text) {
        Matcher m = LEADING.matcher(text);
        return m.find() ? parse(m.group(1)) : List.of();
    }

    /** The text after a leading {@code [...]}. */
    static String afterLeading(String text) {
        Matcher m = LEADING.matcher(text);
        return m.find() ? text.substring(m.end()) : text.strip();
    }

    static boolean hasLeading(String text) {
        return LEADING.matcher(text).find();
    }

    /** Parses the inside of the brackets: {@code 1, 2a}, {@code 1–3}, {@code 2a, b}. */
    static List<String> parse(String inside) {
        List<String> ids = new ArrayList<>();
        String lastNumber = "";
        for (String part : inside.split("[,;]")) {
            String id = part.strip().replace(" ", "");
            if (id.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(id);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int n = from; n <= to && n - from < 50; n++) {
                    ids.add(Integer.toString(n));
                }
                lastNumber = range.group(2);
            } else if (id.matches("\\d+[a-z]?")) {
                ids.add(id);
                lastNumber = id.replaceAll("[a-z]$", "");
            } else if (id.matches("[a-z]") && !lastNumber.isEmpty()) {
                ids.add(lastNumber + id);
            } else if (id.matches("[\\w.*]+")) {
                ids.add(id);
            }
        }
        return ids;
    }
}
