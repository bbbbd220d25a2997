package org.aqea.quality;

/** Finds wikitext or HTML that the text extraction left in a text, in one pass. */
final class Markup {

    /** Longest tag or entity looked for: {@code <blockquote>}, {@code &thetasym;}. */
    private static final int LONGEST = 12;

    private Markup() {
    }

    /**
     * Where the first character that can start markup is, or -1. Most texts are clean: a few vectorised searches
     * of the JDK find that sooner than the character-by-character scan, which starts here.
     */
    private static int firstMarkupCharacter(String text) {
        int first = -1;
        for (char c : new char[] {'{', '}', '[', ']', '\'', '<', '&'}) {
            int at = text.indexOf(c, 0);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The first residue in the text ({@code {{}, {@code <ref>}, {@code &nbsp;} ...), or null when it is clean. */
    static String residue(String text) {
        int length = text.length();
        for (int i = firstMarkupCharacter(text); i >= 0 && i + 1 < length; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            switch (c) {
                case '{', '}', '[', ']', '\'' -> {
                    if (next == c) {
                        return String.valueOf(new char[] {c, c});
                    }
                }
                case '<' -> {
                    String tag = tag(text, i);
                    if (tag != null) {
                        return tag;
                    }
                }
                case '&' -> {
                    String entity = entity(text, i);
                    if (entity != null) {
                        return entity;
                    }
                }
                default -> {
                    // plain text
                }
            }
        }
        return null;
    }

    /** {@code <name ...>}, {@code </name>} or {@code <name/>} starting at {@code at}, or null. */
    private static String tag(String text, int at) {
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < text.length() && i - nameStart < LONGEST && isAsciiLetter(text.charAt(i))) {
            i++;
        }
        if (i == nameStart || i >= text.length()) {
            return null;
        }
        char after = text.charAt(i);
        if (after != '>' && after != ' ' && after != '/') {
            return null;
        }
        int close = text.indexOf('>', i);
        if (close < 0 || close - at > 200) {
            return null;
        }
        return text.substring(at, Math.min(close + 1, at + 30));
    }

    /** {@code &name;}, {@code &#123;} or {@code &#x1F;} starting at {@code at}, or null. */
    private static String entity(String text, int at) {
        int i = at + 1;
        boolean numeric = i < text.length() && text.charAt(i) == '#';
        if (numeric) {
            i++;
            if (i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
                i++;
            }
        }
        int start = i;
        while (i < text.length() && i - start < LONGEST
                && (numeric ? Character.digit(text.charAt(i), 16) >= 0 : isAsciiLetter(text.charAt(i)))) {
            i++;
        }
        return i > start && i < text.length() && text.charAt(i) == ';' ? text.substring(at, i + 1) : null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
