package org.aqea.address;

import java.util.Locale;

/** How full one block {@code AA:QQ:EE} is: allocated, free (of 254), and overflow lexemes placed in it. */
public record BlockCapacity(int block, int allocated, int overflowedIn) {

    public static final int ELEMENTS = 254;

    public int free() {
        return ELEMENTS - allocated;
    }

    public String label() {
        return String.format(Locale.ROOT, "0x%02X:%02X:%02X", block >>> 16, block >>> 8 & 0xFF, block & 0xFF);
    }
}
