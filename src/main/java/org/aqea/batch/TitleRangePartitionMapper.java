package org.aqea.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.aqea.partition.TitleRange;

/** One partition per title range; the ranges come from the job parameters. */
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
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        List<TitleRange> all = JobParameters.decodeRanges(ranges).ranges();
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
}
