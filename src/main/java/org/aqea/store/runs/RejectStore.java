package org.aqea.store.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Pages a job could not process (table {@code reject}, next to the job repository). */
@ApplicationScoped
@Transactional
public class RejectStore {

    @PersistenceContext(unitName = "aqea")
    private EntityManager em;

    /** Records a skipped page, whatever happens to the chunk it was part of. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long jobInstanceId, long executionId, String range, long pageId, String title, String reason,
                       String snippet) {
        em.persist(new Reject(jobInstanceId, executionId, range, pageId, title, reason, snippet));
    }

    /** Ids of the pages every execution of a run rejected: they count as seen, not as deleted. */
    public List<Long> pageIdsOf(long jobInstanceId) {
        return em.createQuery("select distinct r.pageId from Reject r where r.jobInstanceId = :run and r.pageId is not null",
                Long.class).setParameter("run", jobInstanceId).getResultList();
    }

    /** Rejected pages of an execution: title, range and reason, oldest first. */
    public List<Map<String, String>> of(long executionId, int limit) {
        return em.createQuery("select r from Reject r where r.executionId = :execution order by r.id", Reject.class)
                .setParameter("execution", executionId).setMaxResults(limit).getResultStream()
                .map(r -> Map.of("title", r.title(), "range", r.rangeLabel(), "reason", r.reason())).toList();
    }
}
