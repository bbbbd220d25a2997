package org.aqea.quality;

/**
 * One problem in an entry: the rule, where ({@code senses[1].gloss}) and what was found, cut to a short excerpt.
 */
public record QualityFlag(QualityRule rule, String where, String found) {
}
