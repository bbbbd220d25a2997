package org.aqea.address;

/**
 * A typed link ({@code synonym}, {@code antonym}, {@code hypernym}, {@code hyponym}, {@code translation},
 * {@code form_of}) to another entry: by address where the target has one, always by lemma and language.
 */
public record Relation(String type, String address, String lemma, String langCode) {
}
