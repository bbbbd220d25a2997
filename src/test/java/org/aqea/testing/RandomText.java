package org.aqea.testing;

import java.util.Random;

/** Random strings over a small alphabet, for tests that compare a scanner with the expression it replaced. */
public final class RandomText {

    private RandomText() {
    }

    /** From 0 to {@code maxLength} characters, each drawn from {@code alphabet} (repeat a character to weigh it). */
    public static String of(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
