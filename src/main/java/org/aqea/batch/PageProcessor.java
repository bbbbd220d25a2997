package org.aqea.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.aqea.config.Settings;
import org.aqea.dump.DumpPage;
import org.aqea.extraction.PageRejectedException;
import org.aqea.run.RunParameters;
import org.aqea.store.lexicon.EntryRows;
import org.aqea.wikitext.PageBudget;

/** A page to its entry rows ({@link EntryRows}, with the run's edition); a page they cannot take is rejected. */
@Named
@Dependent
public class PageProcessor implements ItemProcessor {

    @Inject
    JobContext jobContext;

    @Inject
    CurrentRun run;

    @Inject
    RunParsers parsers;

    private final long budgetNanos = Settings.pageBudget().toNanos();
    private EntryRows rows;

    @Override
    public Object processItem(Object item) throws PageRejectedException {
        DumpPage page = (DumpPage) item;
        if (rows == null) {
            // The split step kept what the run's parsers read.
            RunParameters parameters = run.parameters();
            rows = new EntryRows(parsers.parserFor(run.instanceId(), CurrentRun.edition(parameters), parameters.splitTitleRanges()),
                    parameters.takenLanguages());
        }
        return rows.of(page, PageBudget.startingNow(budgetNanos));
    }
}
