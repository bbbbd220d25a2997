package org.aqea.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages per title range and job instance; additions join the caller's (chunk) transaction. */
@ApplicationScoped
public class PageCountStore {

    @PersistenceContext(unitName = "aqea")
    private EntityManager entityManager;

    public void add(long jobInstanceId, String range, long pages) {
        entityManager.createNativeQuery("""
                        INSERT INTO range_page_count (job_instance_id, range_label, pages) VALUES (?1, ?2, ?3)
                        ON CONFLICT (job_instance_id, range_label) DO UPDATE SET pages = range_page_count.pages + EXCLUDED.pages
                        """)
                .setParameter(1, jobInstanceId)
                .setParameter(2, range)
                .setParameter(3, pages)
                .executeUpdate();
    }

    public Map<String, Long> countsOf(long jobInstanceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT range_label, pages FROM range_page_count WHERE job_instance_id = ?1 ORDER BY range_label")
                .setParameter(1, jobInstanceId)
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
