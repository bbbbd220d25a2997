package org.aqea.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AqeaAddressTest {

    @Test
    void theThreeNotationsParseToTheSameAddress() {
        AqeaAddress address = AqeaAddress.parse("0x20:01:02:2A");
        assertEquals(address, AqeaAddress.parse("2001022A"));
        assertEquals(address, AqeaAddress.parse("0x2001022a"));
        assertEquals(address, AqeaAddress.parse(Long.toString(0x2001022AL)));
        assertEquals("0x20:01:02:2A", address.toString());
        assertEquals("2001022A", address.hex());
        assertEquals(0x2001022AL, address.unsigned());
    }

    @Test
    void decodesEveryByte() {
        AqeaAddress address = AqeaAddress.parse("0x21:6B:41:FE");
        assertEquals(0x21, address.domain());
        assertEquals(3, address.plane());
        assertEquals(WordClass.PROPER_NOUN.code(), address.wordClassCode());
        assertTrue(address.inOverflowRegion());
        assertEquals(0xFE, address.element());
        AqeaAddress legacyUnknown = AqeaAddress.parse("0x20:FF:00:01");
        assertEquals(7, legacyUnknown.plane());
        assertEquals(WordClass.UNKNOWN.code(), legacyUnknown.wordClassCode());
        assertFalse(legacyUnknown.inOverflowRegion());
    }

    @Test
    void invalidAddressesAreRejectedWithTheReason() {
        assertMessage("0x20:01:02:00", "element 0x00 is reserved");
        assertMessage("0x20:01:02:FF", "element 0xFF is reserved");
        assertMessage("0x20:01:02", "expected four bytes");
        assertMessage("0x20:01:0G:01", "'0G' is not a byte");
        assertMessage("99999999999", "not an address");
        assertMessage("Hund", "not an address");
        assertMessage("", "empty");
    }

    private static void assertMessage(String text, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AqeaAddress.parse(text));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
