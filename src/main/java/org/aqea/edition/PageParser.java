package org.aqea.edition;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.wikitext.PageBudget;

/** One edition's pages to lexical entries: one entry per language and part-of-speech heading of the page. */
public interface PageParser {

    /** Never throws: a page that defeats the parser gives a placeholder entry with the reason as its warning. */
    List<LexicalEntry> parse(DumpPage page);

    /**
     * Like {@link #parse}, but a page that defeats the parser throws, so that the job can reject it.
     *
     * @throws PageBudget.OverBudget when the page takes longer than its budget
     */
    List<LexicalEntry> parseStrict(DumpPage page, PageBudget budget);
}
