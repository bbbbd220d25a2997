package org.aqea.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.aqea.store.model.PartitionProgressRow;
import org.aqea.store.model.ProgressSample;

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
    public void started(long executionId, int partitionIndex, String range, long checkpoint, long expected) {
        PartitionProgressRow.Key key = new PartitionProgressRow.Key(executionId, partitionIndex);
        PartitionProgressRow row = em.find(PartitionProgressRow.class, key);
        if (row == null) {
            em.persist(new PartitionProgressRow(key, range, checkpoint, expected, Instant.now()));
        } else {
            row.restarted(Instant.now());
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

    /** Records the pages of one committed chunk, for the rate over time. */
    public void sample(long executionId, int pages) {
        em.persist(new ProgressSample(executionId, pages, Instant.now()));
    }

    /**
     * Pages per second in consecutive windows of {@code windowSeconds} from the first chunk on. A window function
     * over the samples: SQL, where JPQL has none.
     */
    @SuppressWarnings("unchecked")
    public List<double[]> rate(long executionId, int windowSeconds) {
        List<Object[]> rows = em.createNativeQuery("""
                WITH s AS (SELECT sampled_at, pages, min(sampled_at) OVER () AS first FROM progress_sample WHERE execution_id = ?1)
                SELECT floor(extract(epoch FROM sampled_at - first) / ?2)::int * ?2 AS second, sum(pages)::float8 / ?2
                FROM s GROUP BY 1 ORDER BY 1
                """).setParameter(1, executionId).setParameter(2, windowSeconds).getResultList();
        return rows.stream().map(row -> new double[] {((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()}).toList();
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
                        p.itemsExpected() == null ? 0 : p.itemsExpected()))
                .toList();
    }
}
