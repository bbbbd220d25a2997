package org.aqea.wikitext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds template calls in wikitext. Nested templates and links inside arguments are kept whole (a {@code |}
 * inside {@code [[a|b]]} or an inner {@code {{...}}} does not split an argument). Unclosed braces are treated as
 * text, so malformed input never throws.
 */
public final class Templates {

    private Templates() {
    }

    /**
     * The outermost template calls of the text, in order. One pass pairs every {@code }}} with the latest open
     * {@code {{} (triple braces, template parameters, count like doubles, which keeps them together); the
     * outermost pairs are the calls. An open brace pair that is never closed is text, and the calls after it are
     * still found: the pass never goes back, whatever the page holds.
     */
    public static List<Template> find(String text) {
        int[] spans = spans(text);
        List<Template> found = new ArrayList<>(spans.length / 2);
        for (int p = 0; p < spans.length; p += 2) {
            found.add(at(text, spans[p], spans[p + 1]));
        }
        return found;
    }

    /**
     * Where the outermost template calls of the text are, as {@link #find} finds them, without parsing them: the
     * start and end offset of each call, in order. For a caller that wants only some calls, or only their places.
     */
    public static int[] spans(String text) {
        int nextOpen = text.indexOf("{{");
        if (nextOpen < 0) {
            return new int[0];
        }
        int[] opens = new int[16];
        int depth = 0;
        // Outermost pairs so far, as start and end offsets; a pair that closes around earlier ones replaces them.
        int[] pairs = new int[16];
        int pairCount = 0;
        // The next braces are found with indexOf, which the JVM runs many characters at a time: a body is mostly
        // text between them. A pair of braces never overlaps a pair of the other kind, so each search stays valid
        // until the scan passes it.
        int nextClose = text.indexOf("}}");
        while (nextOpen >= 0 || nextClose >= 0) {
            int after;
            if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) {
                if (depth == opens.length) {
                    opens = java.util.Arrays.copyOf(opens, depth * 2);
                }
                opens[depth++] = nextOpen;
                after = nextOpen + 2;
            } else {
                after = nextClose + 2;
                if (depth > 0) {
                    int open = opens[--depth];
                    while (pairCount > 0 && pairs[2 * pairCount - 2] > open) {
                        pairCount--;
                    }
                    if (2 * pairCount + 2 > pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[2 * pairCount] = open;
                    pairs[2 * pairCount + 1] = after;
                    pairCount++;
                }
            }
            if (nextOpen >= 0 && nextOpen < after) {
                nextOpen = text.indexOf("{{", after);
            }
            if (nextClose >= 0 && nextClose < after) {
                nextClose = text.indexOf("}}", after);
            }
        }
        return java.util.Arrays.copyOf(pairs, 2 * pairCount);
    }

    /** The name of the call between the offsets (a span from {@link #spans}), its arguments left unread. */
    public static String nameAt(String text, int start, int end) {
        return text.substring(start + 2, nextTopLevelPipe(text, start + 2, end - 2)).trim();
    }

    /** The call between the offsets (a span from {@link #spans}). */
    public static Template at(String text, int start, int end) {
        List<String> parts = splitArguments(text, start + 2, end - 2);
        String name = parts.get(0).trim();
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (int p = 1; p < parts.size(); p++) {
            String part = parts.get(p);
            int equals = namedArgumentEquals(part);
            if (equals > 0) {
                named.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
            } else {
                positional.add(part.trim());
            }
        }
        return new Template(name, Collections.unmodifiableList(positional), Collections.unmodifiableMap(named), start, end);
    }

    /** Splits at the top-level pipes between {@code from} and {@code to}. */
    private static List<String> splitArguments(String text, int from, int to) {
        List<String> parts = new ArrayList<>();
        int partStart = from;
        while (true) {
            int pipe = nextTopLevelPipe(text, partStart, to);
            parts.add(text.substring(partStart, pipe));
            if (pipe == to) {
                return parts;
            }
            partStart = pipe + 1;
        }
    }

    /**
     * The first pipe from {@code from} on that is outside nested templates and links, or {@code to}. Nesting counts
     * from zero at {@code from}, which a top-level pipe leaves it at.
     */
    private static int nextTopLevelPipe(String text, int from, int to) {
        int depth = 0;
        int linkDepth = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            char next = i + 1 < to ? text.charAt(i + 1) : '\0';
            if (c == '{' && next == '{') {
                depth++;
                i += 2;
            } else if (c == '}' && next == '}') {
                depth--;
                i += 2;
            } else if (c == '[' && next == '[') {
                linkDepth++;
                i += 2;
            } else if (c == ']' && next == ']' && linkDepth > 0) {
                linkDepth--;
                i += 2;
            } else if (c == '|' && depth == 0 && linkDepth == 0) {
                return i;
            } else {
                i++;
            }
        }
        return to;
    }

    /** Position of the '=' that makes an argument named, or -1 (an '=' inside a nested template does not count). */
    private static int namedArgumentEquals(String part) {
        int equals = part.indexOf('=');
        if (equals <= 0) {
            return -1;
        }
        int braces = part.indexOf("{{");
        int link = part.indexOf("[[");
        if ((braces >= 0 && braces < equals) || (link >= 0 && link < equals)) {
            return -1;
        }
        return equals;
    }
}
