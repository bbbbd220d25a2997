package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.testing.RandomText;
import org.junit.jupiter.api.Test;

/**
 * The hand-written sense-id scanner gives what the regular expressions it replaced gave (kept here as the reference),
 * on random lines made of the characters that matter to it.
 */
class SenseIdsAgainstRegexTest {

    private static final Pattern LEADING = Pattern.compile("^\\s*\\[(?!\\[)([^\\]]*)]\\s*");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    private static List<String> parseByRegex(String inside) {
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

    @Test
    void leadingIdsAndTheTextAfterThemAsTheRegularExpressionsGaveThem() {
        Random random = new Random(23);
        String alphabet = "[[]]]0123456789ab,,;--–*.? \t\nXä";
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.of(random, alphabet, 15);
            Matcher m = LEADING.matcher(text);
            boolean found = m.find();
            assertEquals(found, SenseIds.hasLeading(text), () -> "has leading ids: '" + text + "'");
            assertEquals(found ? parseByRegex(m.group(1)) : List.of(), SenseIds.leading(text), () -> "ids of '" + text + "'");
            assertEquals(found ? text.substring(m.end()) : text.strip(), SenseIds.afterLeading(text), () -> "after '" + text + "'");
        }
    }

    @Test
    void lettersAreSubSensesOfTheLastNumber() {
        assertEquals(true, SenseIds.isLetter("a"));
        assertEquals(false, SenseIds.isLetter("ab"));
        assertEquals(false, SenseIds.isLetter("A"));
        assertEquals("2", SenseIds.withoutLetter("2a"));
        assertEquals("12", SenseIds.withoutLetter("12"));
    }
}
