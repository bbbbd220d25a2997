package org.aqea.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplatesFindTest {

    private static final String[] PIECES = {"{{", "}}", "{", "}", "[[", "]]", "|", "a", "=", "{{{", "}}}", " ", "[", "]"};

    @Test
    void findsTheSameCallsAsTheScanFromEachOpeningDid() {
        Random random = new Random(11);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            assertEquals(spans(scanFromEachOpening(input)), spans(Templates.find(input).stream()
                    .map(t -> new int[] {t.start(), t.end()}).toList()), () -> "input: " + input);
        }
    }

    @Test
    void aCallAfterAnUnclosedOneIsFound() {
        List<Template> found = Templates.find("{{offen {{Farbe|rot}} und {{Zahl|1}}");
        assertEquals(List.of("Farbe", "Zahl"), found.stream().map(Template::name).toList());
    }

    /** The earlier search: from each opening, scan to its close; an unclosed opening is skipped. Quadratic. */
    private static List<int[]> scanFromEachOpening(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                return found;
            }
            int depth = 0;
            int linkDepth = 0;
            int close = -1;
            for (int j = open; j < text.length() - 1; ) {
                char c = text.charAt(j);
                char next = text.charAt(j + 1);
                if (c == '{' && next == '{') {
                    depth++;
                    j += 2;
                } else if (c == '}' && next == '}') {
                    depth--;
                    j += 2;
                    if (depth == 0) {
                        close = j;
                        break;
                    }
                } else if (c == '[' && next == '[') {
                    linkDepth++;
                    j += 2;
                } else if (c == ']' && next == ']' && linkDepth > 0) {
                    linkDepth--;
                    j += 2;
                } else {
                    j++;
                }
            }
            if (close < 0) {
                i = open + 2;
                continue;
            }
            found.add(new int[] {open, close});
            i = close;
        }
    }

    private static List<String> spans(List<int[]> spans) {
        return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
    }
}
