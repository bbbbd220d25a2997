package org.aqea.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.testing.RandomText;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners for links and spaces give what the regular expressions they replaced gave, on random
 * text made of the characters that matter to them (the expressions are kept here as the reference).
 */
class ScannersAgainstRegexTest {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|]*)(?:\\|([^\\[\\]]*))?]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    private static String plainTextByRegex(String text) {
        String linked = LINK.matcher(text).replaceAll(m -> {
            String target = m.group(1);
            if (m.group(2) != null) {
                return Matcher.quoteReplacement(m.group(2));
            }
            int hash = target.indexOf('#');
            return Matcher.quoteReplacement(hash >= 0 ? target.substring(0, hash) : target);
        });
        return SPACES.matcher(linked).replaceAll(" ").trim();
    }

    private static List<String> linkTargetsByRegex(String text) {
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            int hash = target.indexOf('#');
            target = (hash >= 0 ? target.substring(0, hash) : target).trim();
            if (!target.isEmpty() && !target.contains(":")) {
                targets.add(target);
            }
        }
        return targets;
    }

    @Test
    void linksAndSpacesAsTheRegularExpressionsGaveThem() {
        Random random = new Random(17);
        // No '{', '<', '&', '/' or quote: templates, HTML, entities, external links and emphasis have their own tests.
        String alphabet = "[[]]||#:ab  \t\n\r\u000B\f\u00A0\u2009\u3000\u200B\u0001";
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.of(random, alphabet, 24);
            assertEquals(plainTextByRegex(text), WikiText.toPlainText(text), () -> "plain text of '" + text + "'");
            assertEquals(linkTargetsByRegex(text), WikiText.linkTargets(text), () -> "link targets of '" + text + "'");
        }
    }

    @Test
    void asciiSpacesAreWhatBackslashSMatches() {
        Pattern whitespace = Pattern.compile("\\s");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean matched = whitespace.matcher(String.valueOf(c)).matches();
            assertEquals(matched, WikiText.isAsciiSpace(c), "character " + (int) c);
            assertEquals(matched, WikiText.ASCII_SPACES.indexOf(c) >= 0, "character " + (int) c);
        }
    }

    @Test
    void withoutLeadingDropsOnlyTheLeadingCharactersOfTheSet() {
        assertEquals("a:b", WikiText.withoutLeading("::a:b", ":"));
        assertEquals("x", WikiText.withoutLeading(":*:x", ":*"));
        assertEquals("", WikiText.withoutLeading(":::", ":"));
        assertEquals("a", WikiText.withoutLeading("a", ":"));
    }
}
