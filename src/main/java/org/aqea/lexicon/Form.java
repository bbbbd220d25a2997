package org.aqea.lexicon;

import java.util.List;

/** An inflected or variant form with English grammatical tags ({@code genitive}, {@code singular}, ...). */
public record Form(String form, List<String> tags) {
}
