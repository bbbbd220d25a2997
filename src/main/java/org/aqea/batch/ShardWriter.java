package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
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
import java.util.List;
import java.util.Map;
import org.aqea.dump.DumpPage;
import org.aqea.partition.PageShards;
import org.aqea.partition.TitleRange;
import org.aqea.partition.TitleRanges;

/**
 * Appends each page to the shard of its title range. The checkpoint holds the length of every shard, so that
 * a restart cuts off what was written after the last commit.
 */
@Named
@Dependent
public class ShardWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String ranges;

    @Inject
    JobContext jobContext;

    private TitleRanges titleRanges;
    private final Map<String, FileChannel> shards = new HashMap<>();
    private final HashMap<String, Long> lengths = new HashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public void open(Serializable checkpoint) throws IOException {
        titleRanges = JobParameters.decodeRanges(ranges);
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
        for (Object item : items) {
            DumpPage page = (DumpPage) item;
            String label = titleRanges.rangeOf(page.title()).label();
            ByteBuffer line = ByteBuffer.wrap(PageShards.encode(page));
            FileChannel channel = shards.get(label);
            while (line.hasRemaining()) {
                channel.write(line);
            }
            lengths.put(label, channel.position());
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return new HashMap<>(lengths);
    }

    @Override
    public void close() throws IOException {
        for (FileChannel channel : shards.values()) {
            channel.close();
        }
    }
}
