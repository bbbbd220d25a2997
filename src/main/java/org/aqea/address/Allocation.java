package org.aqea.address;

/**
 * The outcome for one lexeme: its address, or none with the reason (only {@code address space exhausted}).
 *
 * @param overflowed whether the address lies outside the preferred block
 */
public record Allocation(LexemeKey key, AqeaAddress address, String reason, boolean overflowed) {

    public static final String EXHAUSTED = "address space exhausted";
}
