package org.aqea.wikitext;

/** A wikitext heading line: level (number of '=') and the text between the marks. */
public record Heading(int level, String text) {

    /** The heading on this line, or {@code null} when the line is none. */
    public static Heading parse(String line) {
        int length = line.length();
        if (length < 3 || line.charAt(0) != '=') {
            return null;
        }
        String trimmed = line.strip();
        int open = 0;
        while (open < trimmed.length() && trimmed.charAt(open) == '=') {
            open++;
        }
        int close = 0;
        while (close < trimmed.length() - open && trimmed.charAt(trimmed.length() - 1 - close) == '=') {
            close++;
        }
        if (close == 0 || open + close >= trimmed.length()) {
            return null;
        }
        int level = Math.min(open, close);
        String text = trimmed.substring(level, trimmed.length() - level);
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '=') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '=') {
            end--;
        }
        return new Heading(level, text.substring(start, end).strip());
    }
}
