package org.aqea.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aqea.store.model.Entry;
import org.aqea.store.model.EntryKey;
import org.aqea.store.model.RunEntry;

/**
 * Writes a chunk's entries through JPA, idempotently: one query finds the chunk's stored entries, one the run's
 * record of them; then new entries are inserted, changed ones updated (an entry whose content did not change is not
 * touched, nor one of a newer revision than the page read), and the run records what it saw, all in JDBC batches at
 * the flush. The caller owns the transaction.
 */
public final class LexiconWriter {

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
            for (Entry entry : em.createQuery("select e from Entry e where e.id.edition = :edition and e.id.pageId in :pages",
                    Entry.class).setParameter("edition", edition).setParameter("pages", pages).getResultList()) {
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
