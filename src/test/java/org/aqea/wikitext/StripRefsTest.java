package org.aqea.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StripRefsTest {

    /** The regular expression the scanner replaced: same output, without its quadratic time on unclosed tags. */
    private static final Pattern REF = Pattern.compile("<ref[^>/]*/>|<ref[^>]*>.*?</ref>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final String[] PIECES = {"<ref", "<REF name=\"a\"", ">", "/", "/>", "</ref>", "</REF>", "<", "a", " ",
        "<references/>", "\n", "<re", "f>"};

    @Test
    void removesFootnotesExactlyAsTheRegularExpressionDid() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            assertEquals(REF.matcher(input).replaceAll(""), WikiText.stripRefs(input), () -> "input: " + input);
        }
    }

    @Test
    void keepsUnclosedFootnotesAndRemovesClosedOnes() {
        assertEquals("Haus ist gut.", WikiText.stripRefs("Haus<ref name=\"x\">Duden</ref> ist<ref name=\"x\"/> gut."));
        assertEquals("a <ref>offen", WikiText.stripRefs("a <ref>offen"));
        assertEquals("", WikiText.stripRefs("<REF>x</Ref>"));
    }
}
