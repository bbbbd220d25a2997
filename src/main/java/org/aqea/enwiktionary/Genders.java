package org.aqea.enwiktionary;

import java.util.List;

/**
 * English Wiktionary's gender specifications ({@code m}, {@code f-p}, {@code mf}, {@code c}, and the first part of
 * {@code de-noun}'s {@code m,es,e}) as the gender letters the lexical entries use everywhere: {@code m}, {@code f},
 * {@code n}, and {@code u} for common gender, as the German edition writes it, so that a lexeme's key is the same in
 * both editions.
 */
final class Genders {

    private Genders() {
    }

    /** Adds the genders a specification names to {@code genders}; a specification that is no gender adds nothing. */
    static void addSpec(String spec, List<String> genders) {
        String value = spec.strip();
        int comma = value.indexOf(',');
        if (comma >= 0) {
            value = value.substring(0, comma);
        }
        int dash = value.indexOf('-');
        if (dash >= 0) {
            value = value.substring(0, dash);
        }
        if (value.equals("mfbysense") || value.equals("mfequiv")) {
            value = "mf";
        }
        if (value.isEmpty() || value.length() > 3) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            if ("mfnc".indexOf(value.charAt(i)) < 0) {
                return;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            String gender = value.charAt(i) == 'c' ? "u" : String.valueOf(value.charAt(i));
            if (!genders.contains(gender)) {
                genders.add(gender);
            }
        }
    }
}
