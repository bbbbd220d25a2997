package org.aqea.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.aqea.dump.DumpPage;
import org.aqea.partition.PageShards;
import org.aqea.run.FolderWrites;
import org.aqea.store.lexicon.ChangedPages;
import org.aqea.store.runs.RunRow;
import org.aqea.partition.TitleRange;
import org.aqea.partition.TitleRanges;

/**
 * Appends each page to the shard of its title range. A run of changed pages takes only the pages the lexicon holds in an
 * older revision or not at all, records them as read ({@link ChangedPages}) and shards those that are no redirects.
 * The checkpoint holds the length of every shard, forced to disk first, so that a restart cuts off what was written
 * after the last commit and finds all that was before.
 */
@Named
@Dependent
public class ShardWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    CurrentRun run;

    @Inject
    ChangedPages changedPages;

    private TitleRanges titleRanges;
    private boolean changedPagesOnly;
    private final Map<String, FileChannel> shards = new HashMap<>();
    private final HashMap<String, Long> lengths = new HashMap<>();
    private final Set<FileChannel> unforced = new HashSet<>();

    @Override
    @SuppressWarnings("unchecked")
    public void open(Serializable checkpoint) throws IOException {
        titleRanges = run.parameters().splitTitleRanges();
        changedPagesOnly = run.parameters().readsChangedPagesOnly();
        Path directory = WorkDirectory.of(jobContext.getInstanceId());
        Files.createDirectories(directory);
        Map<String, Long> committed = checkpoint == null ? Map.of() : (Map<String, Long>) checkpoint;
        for (TitleRange range : titleRanges.ranges()) {
            FileChannel channel = FileChannel.open(PageShards.file(directory, range),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long length = committed.getOrDefault(range.label(), 0L);
            channel.truncate(length);
            channel.position(length);
            shards.put(range.label(), channel);
            lengths.put(range.label(), length);
        }
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        RunRow row = run.requireRunning();
        List<DumpPage> pages = items.stream().map(DumpPage.class::cast).toList();
        if (changedPagesOnly) {
            pages = changedPages.takeNewer(row.instanceId(), row.edition(), pages).stream()
                    .filter(page -> !page.isRedirect()).toList();
        }
        try {
            write(pages);
        } catch (IOException e) {
            throw FolderWrites.failed(WorkDirectory.of(jobContext.getInstanceId()), e);
        }
    }

    private void write(List<DumpPage> pages) throws IOException {
        for (DumpPage page : pages) {
            String label = titleRanges.rangeOf(page.title()).label();
            ByteBuffer record = ByteBuffer.wrap(PageShards.encode(page));
            FileChannel channel = shards.get(label);
            while (record.hasRemaining()) {
                channel.write(record);
            }
            lengths.put(label, channel.position());
            unforced.add(channel);
        }
    }

    /** The shards' lengths, on disk before the checkpoint that records them: a power loss cannot cut them shorter. */
    @Override
    public Serializable checkpointInfo() throws IOException {
        for (FileChannel channel : unforced) {
            try {
                channel.force(false);
            } catch (IOException e) {
                throw FolderWrites.failed(WorkDirectory.of(jobContext.getInstanceId()), e);
            }
        }
        unforced.clear();
        return new HashMap<>(lengths);
    }

    @Override
    public void close() throws IOException {
        for (FileChannel channel : shards.values()) {
            channel.close();
        }
    }
}
