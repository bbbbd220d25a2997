package org.aqea.store.lexicon;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chunk's entries through JPA, idempotently: one query finds the chunk's stored entries, one the run's
 * record of them; then new entries are inserted, changed ones updated (an entry whose content did not change is not
 * touched, nor one of a newer revision than the page read), and the run records what it saw, all in JDBC batches at
 * the flush. The caller owns the transaction.
 */
public final class LexiconWriter {

    /**
     * The stored entries of a chunk's pages, one search of the key per page. With {@code page_id IN (...)} PostgreSQL,
     * whose statistics did not know an edition yet (its first run on a lexicon of other editions), searched the key by
     * edition alone and read every entry of the edition written so far for each chunk, a cost that grew with the
     * lexicon (docs/benchmarks.md); {@code OFFSET 0} keeps the subquery a search by edition and page.
     */
    public static final String STORED_ENTRIES = """
            SELECT e.* FROM unnest(?) AS page(id)
            CROSS JOIN LATERAL (SELECT * FROM entry WHERE edition = ? AND page_id = page.id OFFSET 0) e""";

    private LexiconWriter() {
    }

    /** @return the entries inserted or changed */
    public static int write(EntityManager em, long jobInstanceId, String createdBy, List<EntryRow> rows, Instant now) {
        Map<String, List<Long>> pagesByEdition = new LinkedHashMap<>();
        for (EntryRow row : rows) {
            List<Long> pages = pagesByEdition.computeIfAbsent(row.edition(), e -> new ArrayList<>());
            if (pages.isEmpty() || pages.get(pages.size() - 1) != row.pageId()) {
                pages.add(row.pageId());
            }
        }
        Map<EntryKey, Entry> stored = new HashMap<>();
        Set<RunEntry.Key> seen = new HashSet<>();
        pagesByEdition.forEach((edition, pages) -> {
            for (Object row : em.createNativeQuery(STORED_ENTRIES, Entry.class).setParameter(1, pages.toArray(Long[]::new))
                    .setParameter(2, edition).getResultList()) {
                Entry entry = (Entry) row;
                stored.put(entry.id(), entry);
            }
            seen.addAll(em.createQuery("select r.id from RunEntry r where r.id.jobInstanceId = :run "
                            + "and r.id.entry.edition = :edition and r.id.entry.pageId in :pages", RunEntry.Key.class)
                    .setParameter("run", jobInstanceId).setParameter("edition", edition).setParameter("pages", pages)
                    .getResultList());
        });
        int changed = 0;
        for (EntryRow row : rows) {
            EntryKey key = new EntryKey(row.edition(), row.pageId(), row.headingIndex());
            Entry entry = stored.get(key);
            if (entry == null) {
                entry = Entry.of(row, createdBy, now);
                em.persist(entry);
                stored.put(key, entry);
                changed++;
            } else if (entry.update(row, now)) {
                changed++;
            }
            RunEntry.Key runEntry = new RunEntry.Key(jobInstanceId, key);
            if (seen.add(runEntry)) {
                em.persist(new RunEntry(runEntry));
            }
        }
        em.flush();
        return changed;
    }
}
