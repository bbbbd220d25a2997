package org.aqea.edition;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A Wiktionary edition the product can read: one package per edition ({@code org.aqea.dewiktionary}, ...) holds its
 * parser, its language table and its section vocabulary, and registers its {@code Edition} in
 * {@code META-INF/services/org.aqea.edition.Edition}. The job, the offline command and the dashboard find editions
 * through {@link Editions}; nothing outside the edition's package names it.
 */
public interface Edition {

    /** The wiki's language code, as in {@code de.wiktionary.org}: {@code de}. */
    String code();

    /** For people: {@code German Wiktionary}. */
    String name();

    /** The address of a page of the edition's wiki, for links from the entries to their source. */
    default String pageUrl(String title) {
        return "https://" + code() + ".wiktionary.org/wiki/"
                + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A parser for the edition's pages; a parser serves one thread. */
    PageParser newParser();

    /**
     * Whether the parser wants a page outside the main namespace that the dump holds (the English edition reads its
     * wiki's language data modules); such pages are handed to {@link #newParser(Map)}.
     */
    default boolean readsSitePage(String title) {
        return false;
    }

    /** A parser that also knows the site pages of the dump it reads ({@link #readsSitePage}), text by title. */
    default PageParser newParser(Map<String, String> sitePages) {
        return newParser();
    }
}
