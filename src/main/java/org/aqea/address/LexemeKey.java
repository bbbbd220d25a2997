package org.aqea.address;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.List;

/**
 * What makes a lexeme: {@code lang_code | lemma (NFC) | class | sorted genders | homograph ordinal}. Two
 * different lexemes never share a key; the key decides the slot an address search starts from.
 */
public record LexemeKey(String text, long hash) {

    public static LexemeKey of(String langCode, String lemma, WordClass wordClass, List<String> genders, int ordinal) {
        String sortedGenders = String.join(",", genders.stream().sorted().toList());
        return ofText(langCode + '|' + Normalizer.normalize(lemma, Normalizer.Form.NFC) + '|'
                + String.format("%02X", wordClass.code()) + '|' + sortedGenders + '|' + ordinal);
    }

    /** A key as stored; its hash is computed once here. */
    public static LexemeKey ofText(String text) {
        return new LexemeKey(text, sha256Prefix(text));
    }

    /** The first 8 bytes of SHA-256 of the key, as an unsigned number in a long. */
    private static long sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = h << 8 | (digest[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The element a search starts at: {@code (h mod 254) + 1}. */
    public int startElement() {
        return (int) Long.remainderUnsigned(hash, 254) + 1;
    }

    @Override
    public String toString() {
        return text;
    }
}
