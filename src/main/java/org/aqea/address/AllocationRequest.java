package org.aqea.address;

/** A lexeme to address, with what decides its preferred block {@code (domain, class on plane 0, field)}. */
public record AllocationRequest(LexemeKey key, int domain, WordClass wordClass, SemanticField field) {

    /** The preferred block as a 24-bit number {@code AA QQ EE}. */
    public int preferredBlock() {
        return domain << 16 | wordClass.code() << 8 | field.code();
    }

    /** Whether the other request's lexeme is of the same language and class: then they compete for the same blocks. */
    public boolean sameClass(AllocationRequest other) {
        return domain == other.domain && wordClass == other.wordClass;
    }
}
