package org.aqea.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The allocator's promises, over generated lexemes. */
class AllocatorPropertyTest {

    private static final String[] LANGS = {"de", "en", "fr"};

    /** Lexemes spread unevenly over languages, classes and fields, so that popular blocks overflow. */
    static List<AllocationRequest> lexemes(int count, long seed) {
        Random random = new Random(seed);
        WordClass[] classes = WordClass.values();
        SemanticField[] fields = SemanticField.values();
        List<AllocationRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String lang = LANGS[Math.min(LANGS.length - 1, (int) Math.abs(random.nextGaussian()))];
            WordClass wordClass = classes[Math.min(classes.length - 1, (int) Math.abs(random.nextGaussian() * 3))];
            SemanticField field = fields[Math.min(fields.length - 1, (int) Math.abs(random.nextGaussian() * 6))];
            LexemeKey key = LexemeKey.of(lang, "w" + seed + "-" + i, wordClass, List.of(), 0);
            requests.add(new AllocationRequest(key, Domains.of(lang).orElseThrow(), wordClass, field));
        }
        return requests;
    }

    @Test
    void aMillionLexemesGetAMillionDifferentAddresses() {
        List<AllocationRequest> requests = lexemes(1_000_000, 1);
        Map<LexemeKey, Allocation> allocations = AddressAllocator.allocate(requests, new InMemoryAddressRegistry());
        assertEquals(1_000_000, allocations.size(), "every lexeme addressed once");
        Set<Integer> seen = new HashSet<>(2_000_000);
        long overflowed = 0;
        for (Allocation allocation : allocations.values()) {
            assertNotNull(allocation.address(), () -> "no address for " + allocation.key());
            assertTrue(seen.add(allocation.address().value()), () -> "duplicate " + allocation.address());
            overflowed += allocation.overflowed() ? 1 : 0;
        }
        assertTrue(overflowed > 10_000, "the test data must make blocks overflow: " + overflowed);
    }

    @Test
    void theSameLexemesInAnyOrderAndAnyPartitioningGetTheSameAddresses() {
        List<AllocationRequest> requests = lexemes(200_000, 2);
        Map<LexemeKey, AqeaAddress> reference = addresses(AddressAllocator.allocate(requests, new InMemoryAddressRegistry()));
        for (int partitions : new int[] {1, 3, 7}) {
            List<AllocationRequest> shuffled = new ArrayList<>(requests);
            Collections.shuffle(shuffled, new Random(partitions));
            List<List<AllocationRequest>> parts = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                parts.add(shuffled.subList(shuffled.size() * p / partitions, shuffled.size() * (p + 1) / partitions));
            }
            Collections.reverse(parts);
            List<AllocationRequest> collected = new ArrayList<>();
            parts.forEach(collected::addAll);
            assertEquals(reference, addresses(AddressAllocator.allocate(collected, new InMemoryAddressRegistry())),
                    partitions + " partitions");
        }
    }

    /** What lets the lexicon allocate one class at a time in bounded memory: a class's blocks are its own. */
    @Test
    void eachClassAllocatedAloneGetsTheAddressesOfAllAtOnce() {
        List<AllocationRequest> requests = lexemes(200_000, 5);
        Map<LexemeKey, AqeaAddress> reference = addresses(AddressAllocator.allocate(requests, new InMemoryAddressRegistry()));
        Map<Integer, List<AllocationRequest>> byClass = new HashMap<>();
        for (AllocationRequest request : requests) {
            byClass.computeIfAbsent(request.domain() << 8 | request.wordClass().code(), c -> new ArrayList<>()).add(request);
        }
        assertTrue(byClass.size() > 20, "the test data must span many classes: " + byClass.size());
        Map<LexemeKey, AqeaAddress> classByClass = new HashMap<>();
        for (List<AllocationRequest> ofOneClass : byClass.values()) {
            assertTrue(ofOneClass.stream().allMatch(ofOneClass.get(0)::sameClass));
            classByClass.putAll(addresses(AddressAllocator.allocate(ofOneClass, new InMemoryAddressRegistry())));
        }
        assertEquals(reference, classByClass);
    }

    @Test
    void newLexemesNeverMoveExistingAddresses() {
        InMemoryAddressRegistry registry = new InMemoryAddressRegistry();
        List<AllocationRequest> first = lexemes(150_000, 3);
        Map<LexemeKey, AqeaAddress> before = addresses(AddressAllocator.allocate(first, registry));
        List<AllocationRequest> later = new ArrayList<>(first);
        later.addAll(lexemes(150_000, 4));
        Collections.shuffle(later, new Random(9));
        Map<LexemeKey, AqeaAddress> after = addresses(AddressAllocator.allocate(later, registry));
        before.forEach((key, address) -> assertEquals(address, after.get(key), () -> "moved: " + key));
        assertEquals(300_000, new HashSet<>(after.values()).size());
        assertEquals(300_000, registry.size());
    }

    @Test
    void aFullBlockOverflowsInTheSpecsOrder() {
        InMemoryAddressRegistry registry = new InMemoryAddressRegistry();
        List<AllocationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 254 * 8 + 254 + 1; i++) {
            requests.add(new AllocationRequest(LexemeKey.of("de", "Tier" + i, WordClass.NOUN, List.of("n"), 0),
                    0x20, WordClass.NOUN, SemanticField.ANIMALS));
        }
        Map<LexemeKey, Allocation> allocations = AddressAllocator.allocate(requests, registry);
        Map<String, Integer> perBlock = new HashMap<>();
        List<String> blockOrder = new ArrayList<>();
        for (Allocation allocation : allocations.values()) {
            String block = allocation.address().toString().substring(0, 10);
            if (perBlock.merge(block, 1, Integer::sum) == 1) {
                blockOrder.add(block);
            }
        }
        assertEquals(List.of("0x20:01:02", "0x20:21:02", "0x20:41:02", "0x20:61:02", "0x20:81:02", "0x20:A1:02",
                "0x20:C1:02", "0x20:E1:02", "0x20:01:40", "0x20:01:41"), blockOrder,
                "planes 0..7 of the field, then the overflow region on plane 0");
        assertEquals(254, perBlock.get("0x20:E1:02"));
        assertEquals(254, perBlock.get("0x20:01:40"));
        assertEquals(1, perBlock.get("0x20:01:41"));
        assertEquals(254, registry.capacity().get(0x200140).overflowedIn());
    }

    @Test
    void anExhaustedClassLeavesLexemesWithoutAddressNeverWithADuplicate() {
        int places = 254 * 8 + 254 * 8 * 192;
        List<AllocationRequest> requests = new ArrayList<>(places + 10);
        for (int i = 0; i < places + 10; i++) {
            requests.add(new AllocationRequest(LexemeKey.of("de", "x" + i, WordClass.SYMBOL, List.of(), 0),
                    0x20, WordClass.SYMBOL, SemanticField.GENERAL));
        }
        Map<LexemeKey, Allocation> allocations = AddressAllocator.allocate(requests, new InMemoryAddressRegistry());
        Set<Integer> seen = new HashSet<>();
        int exhausted = 0;
        for (Allocation allocation : allocations.values()) {
            if (allocation.address() == null) {
                assertEquals(Allocation.EXHAUSTED, allocation.reason());
                exhausted++;
            } else {
                assertTrue(seen.add(allocation.address().value()));
            }
        }
        assertEquals(10, exhausted);
        assertEquals(places, seen.size());
        // Other classes of the same language are untouched.
        Allocation other = AddressAllocator.allocate(List.of(new AllocationRequest(LexemeKey.of("de", "Haus", WordClass.NOUN,
                List.of("n"), 0), 0x20, WordClass.NOUN, SemanticField.GENERAL)), new InMemoryAddressRegistry()).values().iterator().next();
        assertNull(other.reason());
    }

    private static Map<LexemeKey, AqeaAddress> addresses(Map<LexemeKey, Allocation> allocations) {
        Map<LexemeKey, AqeaAddress> addresses = new HashMap<>();
        allocations.forEach((key, allocation) -> addresses.put(key, allocation.address()));
        return addresses;
    }
}
