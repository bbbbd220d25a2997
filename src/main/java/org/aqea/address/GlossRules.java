package org.aqea.address;

import java.util.Optional;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.lexicon.LexicalEntry;

/**
 * How the field classifier reads the entries glossed in one language: an edition brings the rules of the language it
 * glosses in, registered in {@code META-INF/services/org.aqea.address.GlossRules}; the shared evidence is in
 * {@link FieldEvidence}.
 */
public interface GlossRules {

    /** The language of the glosses these rules read: {@code de}. */
    String glossLanguage();

    /** The entry's field and the rule that decided it, from its first sense, strongest evidence first; else empty. */
    Optional<Decision> classify(LexicalEntry entry);
}
