package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.aqea.partition.BalancedRanges;
import org.aqea.partition.PageShards;
import org.aqea.partition.TitleRange;
import org.aqea.partition.TitleRanges;

/**
 * One partition per title range of the job parameters; or, given a partition count (the dump then split by single
 * letters), that many letter ranges balanced by the pages of each letter, plus the catch-all range. The shards
 * do not change after the split, so a restart gets the same plan.
 */
@Named
@Dependent
public class TitleRangePartitionMapper implements PartitionMapper {

    static final String RANGE = "range";
    static final String PARTITION_INDEX = "partitionIndex";

    @Inject
    @BatchProperty
    String ranges;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    @BatchProperty
    String threads;

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() throws IOException {
        List<TitleRange> all = partitions == null || partitions.isBlank()
                ? JobParameters.decodeRanges(ranges).ranges()
                : balanced(Integer.parseInt(partitions));
        Properties[] properties = new Properties[all.size()];
        for (int i = 0; i < all.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty(RANGE, all.get(i).label());
            properties[i].setProperty(PARTITION_INDEX, Integer.toString(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(all.size());
        plan.setThreads(threads == null || threads.isBlank() ? all.size() : Math.min(all.size(), Integer.parseInt(threads)));
        plan.setPartitionProperties(properties);
        // On restart only the partitions that did not complete run again, from their checkpoints.
        plan.setPartitionsOverride(false);
        return plan;
    }

    private List<TitleRange> balanced(int count) throws IOException {
        TitleRanges letters = JobParameters.decodeRanges(ranges);
        Path work = WorkDirectory.of(jobContext.getInstanceId());
        long[] pagesPerLetter = new long[BalancedRanges.MAX];
        for (TitleRange letter : letters.ranges()) {
            if (!letter.isOther()) {
                pagesPerLetter[letter.first() - 'A'] = PageShards.countPages(PageShards.file(work, letter));
            }
        }
        List<TitleRange> ranges = new ArrayList<>(BalancedRanges.of(pagesPerLetter, count));
        ranges.add(TitleRange.OTHER);
        return ranges;
    }
}
