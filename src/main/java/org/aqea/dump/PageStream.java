package org.aqea.dump;

import java.io.Closeable;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pages of a dump, one at a time, whatever its format: a MediaWiki XML dump ({@link DumpReader}) or a source's
 * own format read as pages (Wikidata's lexemes, one page a lexeme).
 */
public interface PageStream extends Closeable {

    /** The next page of the main namespace (redirects included, flagged), or {@code null} at the end of the dump. */
    DumpPage nextPage() throws DumpFormatException;

    /** Bytes of the file consumed so far (compressed bytes for a compressed dump). */
    long bytePosition();

    /** The wiki the dump comes from ({@code dewiktionary}, {@code wikidatawiki}), once the first page is read. */
    Optional<String> siteDatabase();

    /** Hands every page outside the main namespace that {@link #nextPage} passes over to {@code consumer}. */
    default PageStream onOtherNamespaces(Consumer<DumpPage> consumer) {
        return this;
    }
}
