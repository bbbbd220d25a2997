package org.aqea.store.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-partition progress rows. Updates made from a chunk's writer join the chunk transaction, so the row never
 * runs ahead of the checkpoint. Reads run in a transaction too: Liberty closes a JTA persistence context cleanly
 * only at the end of one.
 */
@ApplicationScoped
@Transactional
public class PartitionProgressStore {

    @PersistenceContext(unitName = "aqea")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long executionId, int partitionIndex, String range, long checkpoint, long expected, String server) {
        PartitionProgressRow.Key key = new PartitionProgressRow.Key(executionId, partitionIndex);
        PartitionProgressRow row = em.find(PartitionProgressRow.class, key);
        if (row == null) {
            em.persist(new PartitionProgressRow(key, range, checkpoint, expected, server, Instant.now()));
        } else {
            row.restarted(server, Instant.now());
        }
    }

    /** One statement, in the chunk's transaction. */
    public void chunkWritten(long executionId, int partitionIndex, long read, long written, long skipped, long checkpoint) {
        em.createQuery("""
                        update PartitionProgressRow p set p.itemsRead = :read, p.itemsWritten = :written,
                            p.itemsSkipped = :skipped, p.checkpoint = :checkpoint, p.updatedAt = :now
                        where p.id = :id""")
                .setParameter("read", read).setParameter("written", written).setParameter("skipped", skipped)
                .setParameter("checkpoint", checkpoint).setParameter("now", Instant.now())
                .setParameter("id", new PartitionProgressRow.Key(executionId, partitionIndex)).executeUpdate();
    }

    /** Records the pages and entries of one committed chunk of a partition, for the rate over time. */
    public void sample(long executionId, int partitionIndex, int pages, int entries) {
        em.persist(new ProgressSample(executionId, partitionIndex, pages, entries, Instant.now()));
    }

    /** One window: pages per second in total and by range, and entries written per minute. */
    public record RatePoint(double second, double pagesPerSecond, Map<String, Double> byRange, double entriesPerMinute) {
    }

    /**
     * Pages per second in consecutive windows of {@code windowSeconds} from the first chunk on, in total and by the
     * range of the partition. A window function over the samples: SQL, where JPQL has none.
     */
    @SuppressWarnings("unchecked")
    public List<RatePoint> rate(long executionId, int windowSeconds) {
        List<Object[]> rows = em.createNativeQuery("""
                WITH s AS (SELECT sampled_at, pages, entries, partition_index, min(sampled_at) OVER () AS first
                           FROM progress_sample WHERE execution_id = ?1)
                SELECT floor(extract(epoch FROM s.sampled_at - s.first) / ?2)::int * ?2 AS second,
                       coalesce(p.range_label, '?'), sum(s.pages)::float8 / ?2, sum(s.entries)::float8 * 60 / ?2
                FROM s LEFT JOIN partition_progress p ON p.execution_id = ?1 AND p.partition_index = s.partition_index
                GROUP BY 1, 2 ORDER BY 1, 2
                """).setParameter(1, executionId).setParameter(2, windowSeconds).getResultList();
        Map<Double, Map<String, Double>> pages = new TreeMap<>();
        Map<Double, Double> entries = new TreeMap<>();
        for (Object[] row : rows) {
            double second = ((Number) row[0]).doubleValue();
            pages.computeIfAbsent(second, window -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).doubleValue());
            entries.merge(second, ((Number) row[3]).doubleValue(), Double::sum);
        }
        List<RatePoint> points = new ArrayList<>();
        pages.forEach((second, byRange) -> points.add(new RatePoint(second,
                byRange.values().stream().mapToDouble(Double::doubleValue).sum(), byRange, entries.get(second))));
        return points;
    }

    /** In a transaction of its own: a failed chunk's rollback must not take the partition's end with it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(long executionId, int partitionIndex, String status) {
        PartitionProgressRow row = em.find(PartitionProgressRow.class, new PartitionProgressRow.Key(executionId, partitionIndex));
        if (row != null) {
            row.ended(status, Instant.now());
        }
    }

    public List<PartitionProgress> of(long executionId) {
        return em.createQuery("select p from PartitionProgressRow p where p.id.executionId = :execution order by p.id.partitionIndex",
                        PartitionProgressRow.class).setParameter("execution", executionId).getResultStream()
                .map(p -> new PartitionProgress(p.partitionIndex(), p.rangeLabel(), p.status(), p.itemsRead(), p.itemsWritten(),
                        p.itemsSkipped(), p.checkpoint(), p.startedAt(), p.updatedAt(),
                        p.itemsExpected() == null ? 0 : p.itemsExpected(), p.server()))
                .toList();
    }
}
