package org.aqea.edition;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.wikitext.PageBudget;

/** One edition's pages to lexical entries: one entry per language and part-of-speech heading of the page. */
public interface PageParser {

    /** The code of the edition whose pages it reads: {@code de}. */
    String edition();

    /**
     * The page's entries; a page that defeats the parser throws, and the extraction pipeline rejects it.
     *
     * @throws PageBudget.OverBudget when the page takes longer than its budget
     */
    List<LexicalEntry> parse(DumpPage page, PageBudget budget);
}
