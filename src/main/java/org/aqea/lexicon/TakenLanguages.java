package org.aqea.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The languages a run takes: entries of the others are left out of the run, and their stored entries left alone.
 *
 * @param codes the language codes, or empty for every language
 */
public record TakenLanguages(Optional<Set<String>> codes) {

    public static final TakenLanguages ALL = new TakenLanguages(Optional.empty());

    public boolean takes(String langCode) {
        return codes.isEmpty() || langCode != null && codes.get().contains(langCode);
    }

    /** The entries of the languages taken, in their order. */
    public List<LexicalEntry> of(List<LexicalEntry> entries) {
        if (codes.isEmpty() || entries.stream().allMatch(entry -> takes(entry.langCode()))) {
            return entries;
        }
        return entries.stream().filter(entry -> takes(entry.langCode())).toList();
    }
}
