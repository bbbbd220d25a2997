package org.aqea.extraction;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.aqea.dump.DumpPage;
import org.aqea.dump.PageStream;
import org.aqea.edition.DumpReading;
import org.aqea.edition.Edition;

/**
 * A dump as its edition reads it, the same for the job and the offline command: the edition's reader of the file, the
 * site pages the edition reads handed over, the dump's wiki checked against the edition at the first page, redirects
 * passed over (they are no entries).
 */
public final class EditionDump implements Closeable {

    private final Edition edition;
    private final Path file;
    private final PageStream pages;
    private long pagesConsumed;

    private EditionDump(Edition edition, Path file, PageStream pages) {
        this.edition = edition;
        this.file = file;
        this.pages = pages;
    }

    /**
     * @param sitePages gets each page outside the main namespace that the edition reads (its language modules)
     */
    public static EditionDump open(Edition edition, Path file, DumpReading reading, Consumer<DumpPage> sitePages)
            throws IOException {
        PageStream pages = edition.openDump(file, reading);
        pages.onOtherNamespaces(page -> {
            if (edition.readsSitePage(page.title())) {
                sitePages.accept(page);
            }
        });
        return new EditionDump(edition, file, pages);
    }

    /**
     * The next article, or null at the end of the dump.
     *
     * @throws IOException when the dump is of another wiki than the edition's, or cannot be read
     */
    public DumpPage nextArticle() throws IOException {
        DumpPage page;
        while ((page = next()) != null) {
            if (!page.isRedirect()) {
                return page;
            }
        }
        return null;
    }

    /**
     * The next page of the main namespace, redirects included (an incremental run reads a page that became a
     * redirect as a page whose entries vanished), or null at the end of the dump.
     *
     * @throws IOException when the dump is of another wiki than the edition's, or cannot be read
     */
    public DumpPage nextPage() throws IOException {
        return next();
    }

    /** Passes over the first {@code count} pages, redirects included: what an earlier reader consumed. */
    public void skip(long count) throws IOException {
        while (pagesConsumed < count && next() != null) {
            // consumed before
        }
    }

    /** Pages consumed so far, redirects included: what a checkpoint records. */
    public long pagesConsumed() {
        return pagesConsumed;
    }

    /** Bytes of the file consumed so far. */
    public long bytePosition() {
        return pages.bytePosition();
    }

    private DumpPage next() throws IOException {
        DumpPage page = pages.nextPage();
        if (page == null) {
            return null;
        }
        if (pagesConsumed++ == 0) {
            Optional<String> mismatch = edition.dumpMismatch(pages.siteDatabase());
            if (mismatch.isPresent()) {
                throw new IOException(file + ": " + mismatch.get());
            }
        }
        return page;
    }

    @Override
    public void close() throws IOException {
        pages.close();
    }
}
