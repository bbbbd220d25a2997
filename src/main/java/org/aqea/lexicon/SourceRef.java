package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an entry comes from: edition, page, revision, and the position of its heading on the page.
 *
 * @param modified         when a Wikidata lexeme was last changed (written only where the source gives it)
 * @param homographsBefore entries of the same lexeme key on other pages of the source that count before this one:
 *                         Wikidata keeps homographs apart as lexemes, counted in id order; 0 (not written) where a
 *                         page holds all homographs of its title, as in Wiktionary
 */
public record SourceRef(String edition, String title, long pageId, long revisionId, int headingIndex,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String modified,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int homographsBefore) {

    public SourceRef(String edition, String title, long pageId, long revisionId, int headingIndex) {
        this(edition, title, pageId, revisionId, headingIndex, null, 0);
    }
}
