package org.aqea.address;

import java.util.Locale;

/**
 * A 32-bit AQEA address {@code 0xAA:QQ:EE:A2}: language domain, category (plane in bits 7..5, word class in
 * bits 4..0), subcategory (semantic field 0x00..0x3F or overflow block 0x40..0xFF), element (0x01..0xFE).
 */
public record AqeaAddress(int value) implements Comparable<AqeaAddress> {

    public static final int FIRST_OVERFLOW_BLOCK = 0x40;

    public AqeaAddress {
        int element = value & 0xFF;
        if (element == 0x00 || element == 0xFF) {
            throw new IllegalArgumentException(String.format("element 0x%02X is reserved; elements run from 0x01 to 0xFE", element));
        }
    }

    public static AqeaAddress of(int domain, int category, int subcategory, int element) {
        check("domain", domain);
        check("category", category);
        check("subcategory", subcategory);
        check("element", element);
        return new AqeaAddress(domain << 24 | category << 16 | subcategory << 8 | element);
    }

    /**
     * Parses any of the three notations: {@code 0x20:01:02:2A}, eight hex digits {@code 2001022A} (also with a
     * {@code 0x} prefix), or the plain decimal integer (any other number of digits).
     *
     * @throws IllegalArgumentException saying why the text is no address
     */
    public static AqeaAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an address is empty");
        }
        String s = text.strip();
        long value;
        if (s.contains(":")) {
            String body = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
            String[] bytes = body.split(":", -1);
            if (bytes.length != 4) {
                throw new IllegalArgumentException("'" + text + "' is not an address: expected four bytes as 0xAA:QQ:EE:A2");
            }
            value = 0;
            for (String b : bytes) {
                if (!b.matches("[0-9A-Fa-f]{2}")) {
                    throw new IllegalArgumentException("'" + text + "' is not an address: '" + b + "' is not a byte of two hex digits");
                }
                value = value << 8 | Integer.parseInt(b, 16);
            }
        } else if (s.matches("(0[xX])?[0-9A-Fa-f]{8}")) {
            // Exactly eight digits are read as hex: every domain starts at 0x20, so any address as a decimal
            // integer has nine or ten digits.
            value = Long.parseLong(s.length() == 10 ? s.substring(2) : s, 16);
        } else if (s.matches("\\d{1,10}")) {
            value = Long.parseLong(s);
            if (value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("'" + text + "' is not an address: larger than 32 bits");
            }
        } else {
            throw new IllegalArgumentException("'" + text + "' is not an address: use 0xAA:QQ:EE:A2, 8 hex digits or the integer");
        }
        return new AqeaAddress((int) value);
    }

    public int domain() {
        return value >>> 24;
    }

    public int category() {
        return value >>> 16 & 0xFF;
    }

    public int plane() {
        return category() >>> 5;
    }

    public int wordClassCode() {
        return category() & 0x1F;
    }

    public int subcategory() {
        return value >>> 8 & 0xFF;
    }

    public boolean inOverflowRegion() {
        return subcategory() >= FIRST_OVERFLOW_BLOCK;
    }

    public int element() {
        return value & 0xFF;
    }

    /** The block (all but the element) as a 24-bit number. */
    public int block() {
        return value >>> 8;
    }

    /** The unsigned value, as users type it. */
    public long unsigned() {
        return Integer.toUnsignedLong(value);
    }

    public String hex() {
        return String.format(Locale.ROOT, "%08X", unsigned());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "0x%02X:%02X:%02X:%02X", domain(), category(), subcategory(), element());
    }

    @Override
    public int compareTo(AqeaAddress other) {
        return Integer.compareUnsigned(value, other.value);
    }

    private static void check(String name, int b) {
        if (b < 0 || b > 0xFF) {
            throw new IllegalArgumentException(name + " " + b + " is not a byte");
        }
    }
}
