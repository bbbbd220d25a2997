package org.aqea.lexicon;

import java.util.List;

/** One meaning: id as numbered on the page ({@code 1}, {@code 2a}), plain-text gloss, labels, examples. */
public record Sense(String id, String gloss, List<String> labels, List<String> examples) {
}
