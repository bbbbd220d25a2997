package org.aqea.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives addresses by the rules of the AQEA spec: the preferred block {@code (AA, class on plane 0, field)}, the
 * element suggested by the key's hash with upward probing, and on a full block the overflow order: the same field
 * on planes 1..7, then the overflow region EE 0x40..0xFF of the same language and class on planes 0..7.
 *
 * <p>New lexemes are placed in canonical order (preferred block, then key hash, then key), so the same requests
 * against the same registry give the same addresses, whatever order they came in.
 */
public final class AddressAllocator {

    private static final int PLANES = 8;

    private AddressAllocator() {
    }

    public static Map<LexemeKey, Allocation> allocate(List<AllocationRequest> requests, AddressSpace space) {
        List<AllocationRequest> ordered = new ArrayList<>(requests);
        ordered.sort(CANONICAL);
        Map<LexemeKey, AqeaAddress> existing = space.addressesOf(ordered.stream().map(AllocationRequest::key).toList());
        Map<LexemeKey, Allocation> result = new LinkedHashMap<>();
        for (AllocationRequest request : ordered) {
            if (result.containsKey(request.key())) {
                continue;
            }
            AqeaAddress known = existing.get(request.key());
            if (known != null) {
                result.put(request.key(), new Allocation(request.key(), known, null, known.block() != request.preferredBlock()));
                continue;
            }
            result.put(request.key(), place(request, space));
        }
        return result;
    }

    /** Preferred block, then key hash, then the key itself (hash ties). */
    public static final Comparator<AllocationRequest> CANONICAL = Comparator
            .comparingInt(AllocationRequest::preferredBlock)
            .thenComparing(r -> r.key().hash(), Long::compareUnsigned)
            .thenComparing(r -> r.key().text());

    private static Allocation place(AllocationRequest request, AddressSpace space) {
        int start = request.key().startElement();
        for (int i = 0; i < CANDIDATE_BLOCKS; i++) {
            int block = candidateBlock(request, i);
            int element = space.freeElement(block, start);
            if (element > 0) {
                AqeaAddress address = new AqeaAddress(block << 8 | element);
                boolean overflowed = block != request.preferredBlock();
                space.take(address, request.key(), overflowed);
                return new Allocation(request.key(), address, null, overflowed);
            }
        }
        return new Allocation(request.key(), null, Allocation.EXHAUSTED, false);
    }

    /** Field places on planes 0..7, then the overflow region EE 0x40..0xFF on planes 0..7. */
    private static final int CANDIDATE_BLOCKS = PLANES + PLANES * (0x100 - AqeaAddress.FIRST_OVERFLOW_BLOCK);

    /** The i-th block to try, in the spec's order (2,032 field places, then about 390,000 shared places). */
    static int candidateBlock(AllocationRequest request, int i) {
        int plane;
        int subcategory;
        if (i < PLANES) {
            plane = i;
            subcategory = request.field().code();
        } else {
            int overflowIndex = i - PLANES;
            plane = overflowIndex / (0x100 - AqeaAddress.FIRST_OVERFLOW_BLOCK);
            subcategory = AqeaAddress.FIRST_OVERFLOW_BLOCK + overflowIndex % (0x100 - AqeaAddress.FIRST_OVERFLOW_BLOCK);
        }
        return request.domain() << 16 | (plane << 5 | request.wordClass().code()) << 8 | subcategory;
    }
}
