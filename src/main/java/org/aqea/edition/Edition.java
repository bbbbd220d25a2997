package org.aqea.edition;

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
                + java.net.URLEncoder.encode(title.replace(' ', '_'), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A parser for the edition's pages; a parser serves one thread. */
    PageParser newParser();
}
