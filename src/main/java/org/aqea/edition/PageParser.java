package org.aqea.edition;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.SourceRef;
import org.aqea.wikitext.PageBudget;

/** One edition's pages to lexical entries: one entry per language and part-of-speech heading of the page. */
public interface PageParser {

    /** The code of the edition whose pages it reads: {@code de}. */
    String edition();

    /**
     * Never throws: a page that defeats the parser gives a placeholder entry (no language, part of speech
     * {@code unknown}, heading index -1) with the reason as its warning.
     */
    default List<LexicalEntry> parse(DumpPage page) {
        try {
            return parseStrict(page, PageBudget.UNLIMITED);
        } catch (RuntimeException e) {
            return List.of(new LexicalEntry(page.title(), null, null, "unknown", List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), null, null, new SourceRef(edition(), page.title(), page.pageId(), page.revisionId(), -1),
                    List.of("the page could not be parsed: " + e)));
        }
    }

    /**
     * Like {@link #parse}, but a page that defeats the parser throws, so that the job can reject it.
     *
     * @throws PageBudget.OverBudget when the page takes longer than its budget
     */
    List<LexicalEntry> parseStrict(DumpPage page, PageBudget budget);
}
