package org.aqea.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.aqea.address.AqeaConverter;
import org.aqea.address.Lexeme;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.config.Settings;
import org.aqea.dump.DumpReader;
import org.aqea.wikitext.PageBudget;
import org.aqea.store.EntryRow;

/** A page to its entry rows: parse (German edition), classify, key; the address comes later. */
@Named
@Dependent
public class PageProcessor implements ItemProcessor {

    private final GermanPageParser parser = new GermanPageParser();
    private final AqeaConverter converter = new AqeaConverter();
    private final long budgetNanos = Settings.pageBudget().toNanos();

    @Override
    public Object processItem(Object item) throws PageRejectedException {
        DumpPage page = (DumpPage) item;
        if (page.textCut()) {
            throw new PageRejectedException("page of " + page.textLength() + " characters, more than "
                    + DumpReader.MAX_TEXT_CHARS + " (read no further)", null);
        }
        try {
            List<EntryRow> rows = new ArrayList<>();
            for (Lexeme lexeme : converter.lexemesOfPage(parser.parseStrict(page, PageBudget.startingNow(budgetNanos)))) {
                rows.add(EntryRow.of(lexeme, converter.toAqea(lexeme, null)));
            }
            return rows;
        } catch (PageBudget.OverBudget e) {
            throw new PageRejectedException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PageRejectedException("the page could not be parsed: " + e, e);
        }
    }
}
