package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an entry comes from: edition, page, revision, and the position of its heading on the page; for a Wikidata
 * lexeme also when it was last changed ({@code modified}, written only where the source gives it with the entity).
 */
public record SourceRef(String edition, String title, long pageId, long revisionId, int headingIndex,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String modified) {

    public SourceRef(String edition, String title, long pageId, long revisionId, int headingIndex) {
        this(edition, title, pageId, revisionId, headingIndex, null);
    }
}
