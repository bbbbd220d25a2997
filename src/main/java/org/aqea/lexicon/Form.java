package org.aqea.lexicon;

import java.util.List;

/**
 * An inflected or variant form with English grammatical tags ({@code genitive}, {@code singular}, ...), and the
 * form's own pronunciations where the page gives them.
 */
public record Form(String form, List<String> tags, List<String> ipa) {

    public Form(String form, List<String> tags) {
        this(form, tags, List.of());
    }
}
