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
import org.aqea.store.EntryRow;

/** A page to its entry rows: parse (German edition), classify, key; the address comes later. */
@Named
@Dependent
public class PageProcessor implements ItemProcessor {

    /** Larger pages are rejected: no dictionary page comes near this, a page this big is vandalism or an error. */
    static final int MAX_PAGE_CHARS = 2_000_000;

    private final GermanPageParser parser = new GermanPageParser();
    private final AqeaConverter converter = new AqeaConverter();

    @Override
    public Object processItem(Object item) throws PageRejectedException {
        DumpPage page = (DumpPage) item;
        if (page.text().length() > MAX_PAGE_CHARS) {
            throw new PageRejectedException("page of " + page.text().length() + " characters, more than " + MAX_PAGE_CHARS, null);
        }
        try {
            List<EntryRow> rows = new ArrayList<>();
            for (Lexeme lexeme : converter.lexemesOfPage(parser.parseStrict(page))) {
                rows.add(EntryRow.of(lexeme, converter.toAqea(lexeme, null)));
            }
            return rows;
        } catch (RuntimeException e) {
            throw new PageRejectedException("the page could not be parsed: " + e, e);
        }
    }
}
