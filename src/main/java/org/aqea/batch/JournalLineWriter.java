package org.aqea.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aqea.journal.JournalLine;
import org.aqea.monitoring.JobMetrics;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.store.lexicon.EntryStore;

/** Writes journalled entries to the lexicon exactly as their extraction job would have: same run, same author. */
@Named
@Dependent
public class JournalLineWriter extends AbstractItemWriter {

    private record Origin(long jobInstanceId, String createdBy) {
    }

    @Inject
    JobContext jobContext;

    @Inject
    EntryStore entries;

    @Inject
    JobMetrics metrics;

    @Override
    public void writeItems(List<Object> items) {
        Map<Origin, List<EntryRow>> byOrigin = new LinkedHashMap<>();
        for (Object item : items) {
            JournalLine line = (JournalLine) item;
            byOrigin.computeIfAbsent(new Origin(line.jobInstanceId(), line.createdBy()), o -> new ArrayList<>()).add(line.entry());
        }
        byOrigin.forEach((origin, rows) -> entries.write(origin.jobInstanceId(), origin.createdBy(), rows));
        metrics.replayed(jobContext.getExecutionId(), items.size());
    }
}
