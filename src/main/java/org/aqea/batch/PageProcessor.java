package org.aqea.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.aqea.address.AqeaConverter;
import org.aqea.address.Lexeme;
import org.aqea.config.Settings;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;
import org.aqea.edition.Editions;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.quality.EntryQuality;
import org.aqea.quality.EntryValidator;
import org.aqea.store.EntryRow;
import org.aqea.store.RunStore;
import org.aqea.wikitext.PageBudget;

/** A page to its entry rows: parse (with the run's edition), validate, classify, key; the address comes later. */
@Named
@Dependent
public class PageProcessor implements ItemProcessor {

    @Inject
    JobContext jobContext;

    @Inject
    RunStore runs;

    private final AqeaConverter converter = new AqeaConverter();
    private final long budgetNanos = Settings.pageBudget().toNanos();
    private PageParser parser;

    @Override
    public Object processItem(Object item) throws PageRejectedException {
        DumpPage page = (DumpPage) item;
        if (page.textCut()) {
            throw new PageRejectedException("page of " + page.textLength() + " characters, more than "
                    + DumpReader.MAX_TEXT_CHARS + " (read no further)", null);
        }
        if (parser == null) {
            // The run row checked the edition when the run began.
            parser = Editions.of(runs.current(jobContext.getInstanceId()).parameters().edition()).orElseThrow().newParser();
        }
        try {
            List<LexicalEntry> entries = parser.parseStrict(page, PageBudget.startingNow(budgetNanos));
            List<EntryQuality> qualities = EntryValidator.checkPage(entries);
            List<Lexeme> lexemes = converter.lexemesOfPage(entries);
            List<EntryRow> rows = new ArrayList<>(lexemes.size());
            for (int i = 0; i < lexemes.size(); i++) {
                rows.add(EntryRow.of(lexemes.get(i), converter.toAqea(lexemes.get(i), null), qualities.get(i)));
            }
            return rows;
        } catch (PageBudget.OverBudget e) {
            throw new PageRejectedException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PageRejectedException("the page could not be parsed: " + e, e);
        }
    }
}
