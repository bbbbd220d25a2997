package org.aqea.enwiktionary;

import org.aqea.wikitext.WikiText;

/** A term argument of a list template ({@code {{col3|en|doghouse|hot dog<q:informal>}}}) as a word. */
final class Terms {

    private Terms() {
    }

    /**
     * The word of a term argument without its inline modifiers ({@code <q:...>}, {@code <t:...>}) and markup;
     * {@code null} for a pointer to another namespace ({@code Thesaurus:dog}), an empty argument or a placeholder.
     */
    static String word(String argument) {
        String term = argument;
        int modifier = term.indexOf('<');
        if (modifier > 0) {
            term = term.substring(0, modifier);
        }
        term = WikiText.toPlainText(term);
        if (term.isEmpty() || term.equals("-") || term.contains(":")) {
            return null;
        }
        return term;
    }
}
