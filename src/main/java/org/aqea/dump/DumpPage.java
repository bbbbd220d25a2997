package org.aqea.dump;

/**
 * One page of a MediaWiki XML dump, with the wikitext of its (only) revision.
 *
 * @param redirectTarget the target title when the page is a redirect, else {@code null}
 */
public record DumpPage(String title, int namespace, long pageId, long revisionId, String timestamp,
                       String text, String redirectTarget) {

    public boolean isRedirect() {
        return redirectTarget != null;
    }
}
