package org.aqea.store.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.extraction.ExtractedEntry;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.extraction.PageRejectedException;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.wikitext.PageBudget;

/** A page to its entry rows through the {@link ExtractionPipeline}; the address comes later. */
public final class EntryRows {

    private final ExtractionPipeline pipeline;

    /**
     * @param parser    the edition's parser; like it, an instance serves one thread
     * @param languages the languages whose entries the run takes
     */
    public EntryRows(PageParser parser, TakenLanguages languages) {
        this.pipeline = new ExtractionPipeline(parser, languages);
    }

    /** @throws PageRejectedException when the page cannot be extracted (see {@link ExtractionPipeline#of}) */
    public List<EntryRow> of(DumpPage page, PageBudget budget) throws PageRejectedException {
        List<ExtractedEntry> entries = pipeline.of(page, budget);
        List<EntryRow> rows = new ArrayList<>(entries.size());
        try {
            for (ExtractedEntry entry : entries) {
                rows.add(EntryRow.of(entry));
            }
        } catch (RuntimeException e) {
            throw new PageRejectedException("the page's entries could not be written as rows: " + e, e);
        }
        return rows;
    }
}
