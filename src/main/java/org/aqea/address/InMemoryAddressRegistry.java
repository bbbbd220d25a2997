package org.aqea.address;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The address registry in memory: for the offline command and the tests. Same rules as the database registry. */
public final class InMemoryAddressRegistry implements AddressSpace {

    private final Map<LexemeKey, AqeaAddress> byKey = new HashMap<>();
    private final Map<Integer, BitSet> takenByBlock = new HashMap<>();
    private final Map<Integer, Integer> overflowedIn = new HashMap<>();

    @Override
    public Map<LexemeKey, AqeaAddress> addressesOf(Collection<LexemeKey> keys) {
        Map<LexemeKey, AqeaAddress> found = new HashMap<>();
        for (LexemeKey key : keys) {
            AqeaAddress address = byKey.get(key);
            if (address != null) {
                found.put(key, address);
            }
        }
        return found;
    }

    @Override
    public int freeElement(int block, int start) {
        BitSet taken = takenByBlock.get(block);
        if (taken == null) {
            return start;
        }
        int element = taken.nextClearBit(start);
        if (element <= 0xFE) {
            return element;
        }
        element = taken.nextClearBit(1);
        return element < start ? element : -1;
    }

    @Override
    public void take(AqeaAddress address, LexemeKey key, boolean overflowed) {
        BitSet taken = takenByBlock.computeIfAbsent(address.block(), b -> new BitSet(256));
        if (taken.get(address.element()) || byKey.containsKey(key)) {
            throw new IllegalStateException("address " + address + " or key " + key + " is already taken");
        }
        taken.set(address.element());
        byKey.put(key, address);
        if (overflowed) {
            overflowedIn.merge(address.block(), 1, Integer::sum);
        }
    }

    public int size() {
        return byKey.size();
    }

    /** Per block in use: allocated, free, and how many of its lexemes came from a fuller block. */
    public Map<Integer, BlockCapacity> capacity() {
        Map<Integer, BlockCapacity> capacity = new TreeMap<>();
        takenByBlock.forEach((block, taken) -> capacity.put(block,
                new BlockCapacity(block, taken.cardinality(), overflowedIn.getOrDefault(block, 0))));
        return capacity;
    }
}
