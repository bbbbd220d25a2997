package org.aqea.lexicon;

/** Where an entry comes from: edition, page, revision, and the position of its heading on the page. */
public record SourceRef(String edition, String title, long pageId, long revisionId, int headingIndex) {
}
