package org.aqea.address;

import java.util.Map;
import java.util.Collection;

/**
 * Which addresses are taken and by which lexeme: the state an {@link AddressAllocator} works on. Implementations
 * are append-only: an address once taken is never freed or moved.
 */
public interface AddressSpace {

    /** Addresses already given to any of these keys. */
    Map<LexemeKey, AqeaAddress> addressesOf(Collection<LexemeKey> keys);

    /** The first free element of the block at or after {@code start}, wrapping inside 0x01..0xFE; -1 when full. */
    int freeElement(int block, int start);

    /** Records a new address; the caller has checked it is free. */
    void take(AqeaAddress address, LexemeKey key, boolean overflowed);
}
