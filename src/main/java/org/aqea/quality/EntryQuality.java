package org.aqea.quality;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The validation's verdict on one entry: its flags and its score, 100 minus the weight of every rule that flagged
 * it (see {@link QualityRule}), at least 0. An entry with flags is stored like any other, with them.
 */
public record EntryQuality(int score, List<QualityFlag> flags) {

    public static EntryQuality of(List<QualityFlag> flags) {
        int score = 100 - rulesOf(flags).stream().mapToInt(QualityRule::weight).sum();
        return new EntryQuality(Math.max(0, score), List.copyOf(flags));
    }

    /** The rules that flagged the entry, each once. */
    public Set<QualityRule> rules() {
        return rulesOf(flags);
    }

    private static Set<QualityRule> rulesOf(List<QualityFlag> flags) {
        Set<QualityRule> rules = EnumSet.noneOf(QualityRule.class);
        flags.forEach(flag -> rules.add(flag.rule()));
        return rules;
    }
}
