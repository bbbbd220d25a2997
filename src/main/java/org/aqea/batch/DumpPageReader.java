package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aqea.dump.DumpFormatException;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;

/**
 * Reads the main-namespace articles of the dump (redirects are not entries), decompressing in parallel where a
 * multistream index lies beside it. The checkpoint is the number of
 * main-namespace pages consumed, so a restart skips exactly what was committed.
 */
@Named
@Dependent
public class DumpPageReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String dump;

    @Inject
    JobContext jobContext;

    private DumpReader reader;
    private long pagesConsumed;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        reader = DumpReader.openDecompressingInParallel(DownloadDumpBatchlet.localDump(dump));
        long resumeAt = checkpoint == null ? 0 : (Long) checkpoint;
        while (pagesConsumed < resumeAt && reader.nextPage() != null) {
            pagesConsumed++;
        }
    }

    @Override
    public Object readItem() throws Exception {
        try {
            DumpPage page;
            while ((page = reader.nextPage()) != null) {
                pagesConsumed++;
                if (!page.isRedirect()) {
                    return page;
                }
            }
            return null;
        } catch (DumpFormatException e) {
            // The execution's exit status tells the user why, in the API and the dashboard.
            jobContext.setExitStatus("dump unreadable: " + e.getMessage());
            throw e;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return pagesConsumed;
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
