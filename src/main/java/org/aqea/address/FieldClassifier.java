package org.aqea.address;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.aqea.edition.Editions;
import org.aqea.lexicon.LexicalEntry;

/**
 * Chooses the semantic field of an entry by the evidence order of the AQEA spec, strongest first, from the first
 * sense only (the sense the address describes: its number and subsenses, and evidence tied to no sense), by the
 * {@link GlossRules} of the language its glosses are in ({@code Edition.glossLanguage}): the German edition brings
 * German's, the English edition English's, and a Wikidata lexeme is read by its gloss language's. An entry glossed
 * in a language no rules read is classified by the English translations of its first sense alone. Where the evidence
 * is weak the field is {@code general}, never a wrong one: rule {@code default}. A lexeme that has an address keeps it
 * whatever a later classification says: the allocator finds its key's address first. The rule is stored with the
 * entry ({@code field_rule}), so every decision can be explained.
 */
public final class FieldClassifier {

    /** The field and the rule that decided it. */
    public record Decision(SemanticField field, String rule) {
    }

    private static final Decision DEFAULT = new Decision(SemanticField.GENERAL, "default");
    /** An entry without a source (made in a test) is read as the German edition's. */
    private static final String WITHOUT_SOURCE = "de";
    private static final Map<String, GlossRules> RULES = load();

    private static Map<String, GlossRules> load() {
        Map<String, GlossRules> rules = new HashMap<>();
        for (GlossRules each : ServiceLoader.load(GlossRules.class, GlossRules.class.getClassLoader())) {
            GlossRules other = rules.put(each.glossLanguage(), each);
            if (other != null) {
                throw new IllegalStateException("two rules read glosses in '" + each.glossLanguage() + "': "
                        + other.getClass().getName() + " and " + each.getClass().getName());
            }
        }
        return Map.copyOf(rules);
    }

    public Decision classify(LexicalEntry entry) {
        String glosses = entry.source() == null ? WITHOUT_SOURCE : Editions.of(entry.source().edition())
                .map(edition -> edition.glossLanguage(entry)).orElse(entry.source().edition());
        GlossRules rules = glosses == null ? null : RULES.get(glosses);
        if (rules != null) {
            return rules.classify(entry).orElse(DEFAULT);
        }
        return FieldEvidence.byEnglishTranslation(entry, FieldEvidence.firstSense(entry.senses())).orElse(DEFAULT);
    }
}
