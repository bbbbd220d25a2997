package org.aqea.dump;

/**
 * One page of a MediaWiki XML dump, with the wikitext of its (only) revision.
 *
 * @param text           the wikitext, or only its beginning when the page is longer than the reader reads
 * @param redirectTarget the target title when the page is a redirect, else {@code null}
 * @param textLength     characters of the wikitext in the dump; more than {@code text} holds when it was cut
 */
public record DumpPage(String title, int namespace, long pageId, long revisionId, String timestamp,
                       String text, String redirectTarget, long textLength) {

    public DumpPage(String title, int namespace, long pageId, long revisionId, String timestamp, String text,
                    String redirectTarget) {
        this(title, namespace, pageId, revisionId, timestamp, text, redirectTarget, text.length());
    }

    /** Whether the reader stopped reading the text at its limit: such a page is rejected, not parsed. */
    public boolean textCut() {
        return textLength > text.length();
    }

    public boolean isRedirect() {
        return redirectTarget != null;
    }
}
