package org.aqea.batch;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.aqea.partition.BalancedRanges;
import org.aqea.partition.PageShards;
import org.aqea.partition.TitleRange;
import org.aqea.partition.TitleRanges;
import org.aqea.run.RunParameters;

/**
 * One partition per title range of the run; or, given a partition count (the dump then split by single
 * letters), that many letter ranges balanced by the pages of each letter, plus the catch-all range. The shards
 * do not change after the split, so a restart gets the same plan. Each partition is told the pages of its range.
 * The run's parsers are prepared here, once, before the partitions begin ({@link RunParsers}).
 */
@Named
@Dependent
public class TitleRangePartitionMapper implements PartitionMapper {

    static final String RANGE = "range";
    static final String PARTITION_INDEX = "partitionIndex";
    static final String PAGES_EXPECTED = "pagesExpected";

    @Inject
    JobContext jobContext;

    @Inject
    CurrentRun run;

    @Inject
    RunParsers parsers;

    /** Pages of each shard, each counted once. */
    private final Map<Path, Long> pagesOfShard = new HashMap<>();

    @Override
    public PartitionPlan mapPartitions() throws IOException {
        RunParameters parameters = run.parameters();
        TitleRanges split = parameters.splitTitleRanges();
        Path work = WorkDirectory.of(jobContext.getInstanceId());
        List<TitleRange> all = parameters.partitions() == null ? split.ranges() : balanced(split, work, parameters.partitions());
        Properties[] properties = new Properties[all.size()];
        for (int i = 0; i < all.size(); i++) {
            long expected = 0;
            for (Path shard : PageShards.files(work, split, all.get(i))) {
                expected += pages(shard);
            }
            properties[i] = new Properties();
            properties[i].setProperty(RANGE, all.get(i).label());
            properties[i].setProperty(PARTITION_INDEX, Integer.toString(i));
            properties[i].setProperty(PAGES_EXPECTED, Long.toString(expected));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(all.size());
        plan.setThreads(parameters.threads() == null ? all.size() : Math.min(all.size(), parameters.threads()));
        plan.setPartitionProperties(properties);
        // On restart only the partitions that did not complete run again, from their checkpoints.
        plan.setPartitionsOverride(false);
        parsers.prepare(jobContext.getInstanceId(), CurrentRun.edition(parameters), split);
        return plan;
    }

    private List<TitleRange> balanced(TitleRanges letters, Path work, int count) throws IOException {
        long[] pagesPerLetter = new long[BalancedRanges.MAX];
        for (TitleRange letter : letters.ranges()) {
            if (!letter.isOther()) {
                pagesPerLetter[letter.first() - 'A'] = pages(PageShards.file(work, letter));
            }
        }
        List<TitleRange> ranges = new ArrayList<>(BalancedRanges.of(pagesPerLetter, count));
        ranges.add(TitleRange.OTHER);
        return ranges;
    }

    private long pages(Path shard) throws IOException {
        Long pages = pagesOfShard.get(shard);
        if (pages == null) {
            pages = PageShards.countPages(shard);
            pagesOfShard.put(shard, pages);
        }
        return pages;
    }
}
