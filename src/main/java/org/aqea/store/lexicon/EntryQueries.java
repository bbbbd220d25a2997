package org.aqea.store.lexicon;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.aqea.address.AqeaAddress;
import org.aqea.address.BlockCapacity;
import org.aqea.edition.Editions;
import org.aqea.lexicon.LabelKey;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;
import org.aqea.quality.QualityJson;
import org.aqea.store.StoreException;

/**
 * Reading entries, statistics and the capacity of the address space, through JPA on the lexicon's persistence unit
 * (the capacity of the address blocks is one aggregate of the registry's own SQL, {@link PostgresAddressRegistry}).
 */
@ApplicationScoped
public class EntryQueries {

    @PersistenceUnit(unitName = "lexicon")
    private EntityManagerFactory lexicon;

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    /** A stored entry with its AQEA data and the extracted lexical entry. */
    public record StoredEntry(String address, String reason, String label, String description, String domain,
                              String langUi, String status, String field, String fieldRule, boolean overflowed,
                              String word, String pos, String lexemeKey, Map<String, Object> source,
                              LexicalEntry lexical, Quality quality, String createdAt, String updatedAt, String createdBy) {
    }

    /** The validation's score (0-100) and flags; both null for an entry stored before the validation. */
    public record Quality(Integer score, List<Map<String, String>> flags) {
    }

    private static final String ENTRY_AND_OVERFLOW = "select e, l.overflowed from Entry e left join Lexeme l on l.lexemeKey = e.lexemeKey ";

    /**
     * The entries at an address: the lexeme's entry (the live one before a deprecated one, the newest first), then
     * the live entries of the same lexeme from other editions, one per edition. Empty when no entry has the address.
     */
    public List<StoredEntry> byAddress(AqeaAddress address) {
        List<StoredEntry> all = read(em -> em.createQuery(ENTRY_AND_OVERFLOW + "where e.address = :address "
                        + "order by case when e.status = 'deprecated' then 1 else 0 end, e.updatedAt desc", Object[].class)
                .setParameter("address", address.value()).getResultStream().map(EntryQueries::toEntry).toList());
        List<StoredEntry> found = new ArrayList<>();
        Set<Object> editions = new HashSet<>();
        for (StoredEntry entry : all) {
            if (found.isEmpty() || !entry.status().equals("deprecated") && !editions.contains(entry.source().get("edition"))) {
                found.add(entry);
                editions.add(entry.source().get("edition"));
            }
        }
        return found;
    }

    /**
     * Entries by label prefix (case and accents ignored: {@link LabelKey}), language, class, field and edition, in the
     * order of their label keys; any filter may be null.
     */
    public List<StoredEntry> search(String labelPrefix, String lang, String pos, String field, String edition, int offset,
                                    int limit) {
        StringBuilder jpql = new StringBuilder(ENTRY_AND_OVERFLOW + "where 1 = 1");
        Map<String, Object> values = new LinkedHashMap<>();
        if (labelPrefix != null && !labelPrefix.isBlank()) {
            jpql.append(" and e.labelKey like :label escape '\\'");
            values.put("label", LabelKey.of(labelPrefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (lang != null && !lang.isBlank()) {
            jpql.append(" and e.langCode = :lang");
            values.put("lang", lang);
        }
        if (pos != null && !pos.isBlank()) {
            jpql.append(" and e.pos = :pos");
            values.put("pos", pos);
        }
        if (field != null && !field.isBlank()) {
            jpql.append(" and e.field = :field");
            values.put("field", field);
        }
        if (edition != null && !edition.isBlank()) {
            jpql.append(" and e.id.edition = :edition");
            values.put("edition", edition);
        }
        jpql.append(" order by e.labelKey, e.langCode, e.id.pageId, e.id.headingIndex");
        return read(em -> {
            TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
            values.forEach(query::setParameter);
            return query.setFirstResult(offset).setMaxResults(limit).getResultStream().map(EntryQueries::toEntry).toList();
        });
    }

    /** Where a list of changes stopped: the last entry's change time and key. */
    public record ChangeCursor(Instant updatedAt, String edition, long pageId, int headingIndex) {
    }

    /**
     * Entries that changed (written, given their address, deprecated) at or after {@code since} and before
     * {@code until}, in the order of their change, after the cursor when one is given.
     */
    public List<StoredEntry> changes(Instant since, Instant until, Optional<ChangeCursor> after, int limit) {
        return read(em -> {
            String jpql = ENTRY_AND_OVERFLOW + "where e.updatedAt >= :since and e.updatedAt < :until"
                    + (after.isEmpty() ? "" : " and (e.updatedAt > :t or (e.updatedAt = :t and (e.id.edition > :edition"
                    + " or (e.id.edition = :edition and (e.id.pageId > :page or (e.id.pageId = :page"
                    + " and e.id.headingIndex > :heading))))))")
                    + " order by e.updatedAt, e.id.edition, e.id.pageId, e.id.headingIndex";
            TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                    .setParameter("since", since).setParameter("until", until);
            after.ifPresent(cursor -> query.setParameter("t", cursor.updatedAt()).setParameter("edition", cursor.edition())
                    .setParameter("page", cursor.pageId()).setParameter("heading", cursor.headingIndex()));
            return query.setMaxResults(limit).getResultStream().map(EntryQueries::toEntry).toList();
        });
    }

    /** How much the application servers' clocks may differ from the database's: NTP keeps them far closer. */
    public static final int CLOCK_TOLERANCE_SECONDS = 5;

    /**
     * The time before which every change is committed: the start of the oldest transaction still running on the
     * lexicon, less {@value #CLOCK_TOLERANCE_SECONDS} seconds. A transaction stamps its entries when it begins and
     * commits them later: with the database's clock (deprecation, allocation) or the application server's (a chunk).
     */
    public Instant changesSettledBefore() {
        return read(em -> ((OffsetDateTime) em.createNativeQuery("""
                SELECT least(now(), coalesce(min(xact_start), now())) - make_interval(secs => ?1)
                FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL
                """, OffsetDateTime.class).setParameter(1, CLOCK_TOLERANCE_SECONDS).getSingleResult()).toInstant());
    }

    /** Addresses of entries by language and lemma, for relations. */
    public Map<String, String> addressesOfLemmas(List<String[]> langAndLemma) {
        Map<String, String> found = new LinkedHashMap<>();
        if (langAndLemma.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>();
        langAndLemma.forEach(pair -> wanted.add(pair[0] + "|" + pair[1]));
        List<Object[]> rows = read(em -> em.createQuery("select e.langCode, e.word, e.address from Entry e "
                        + "where e.address is not null and e.status <> 'deprecated' and e.word in :words "
                        + "order by e.id.headingIndex", Object[].class)
                .setParameter("words", langAndLemma.stream().map(pair -> pair[1]).distinct().toList()).getResultList());
        for (Object[] row : rows) {
            String key = row[0] + "|" + row[1];
            if (wanted.contains(key)) {
                found.putIfAbsent(key, new AqeaAddress((Integer) row[2]).toString());
            }
        }
        return found;
    }

    /** Entries per language and part of speech (deprecated ones not counted). */
    public Map<String, Map<String, Long>> countsByLanguageAndPos() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        read(em -> em.createQuery("select coalesce(e.langCode, '?'), e.pos, count(e) from Entry e where e.status <> 'deprecated' "
                + "group by coalesce(e.langCode, '?'), e.pos order by 1, 2", Object[].class).getResultList())
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1], (Long) row[2]));
        return counts;
    }

    /** Entries per semantic field (deprecated ones not counted). */
    public Map<String, Long> countsByField() {
        Map<String, Long> counts = new LinkedHashMap<>();
        read(em -> em.createQuery("select e.field, count(e) from Entry e where e.status <> 'deprecated' group by e.field "
                + "order by count(e) desc", Object[].class).getResultList())
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Entries per status. */
    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        read(em -> em.createQuery("select e.status, count(e) from Entry e group by e.status order by e.status", Object[].class)
                .getResultList()).forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public List<BlockCapacity> capacity() {
        try (Connection connection = dataSource.getConnection()) {
            return PostgresAddressRegistry.capacity(connection);
        } catch (SQLException e) {
            throw new StoreException("reading the address capacity", e);
        }
    }

    private <T> T read(Function<EntityManager, T> query) {
        EntityManager em = lexicon.createEntityManager();
        try {
            return query.apply(em);
        } catch (RuntimeException e) {
            throw new StoreException("reading entries", e);
        } finally {
            em.close();
        }
    }

    private static StoredEntry toEntry(Object[] row) {
        Entry entry = (Entry) row[0];
        boolean overflowed = Boolean.TRUE.equals(row[1]);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("edition", entry.id().edition());
        source.put("pageId", entry.id().pageId());
        source.put("revisionId", entry.revisionId());
        source.put("headingIndex", entry.id().headingIndex());
        source.put("title", entry.word());
        Editions.of(entry.id().edition()).ifPresent(edition -> {
            edition.sourceId(entry.id().pageId()).ifPresent(id -> source.put("id", id));
            source.put("url", edition.pageUrl(entry.word(), entry.id().pageId()));
            source.put("licence", edition.licence());
            source.put("licenceUrl", edition.licenceUrl());
        });
        LexicalEntry lexical;
        Quality quality;
        try {
            lexical = LexiconJson.MAPPER.readValue(entry.lexical(), LexicalEntry.class);
            quality = new Quality(entry.qualityScore() == null ? null : entry.qualityScore().intValue(),
                    entry.qualityFlags() == null ? null : QualityJson.parseFlags(entry.qualityFlags()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored lexical data of " + entry.word() + " is not an entry: " + e.getMessage(), e);
        }
        return new StoredEntry(entry.address() == null ? null : new AqeaAddress(entry.address()).toString(), entry.reason(),
                entry.label(), entry.description(), entry.aqeaDomain() == null ? null : String.format("0x%02X", entry.aqeaDomain()),
                entry.langCode(), entry.status(), entry.field(), entry.fieldRule(), overflowed, entry.word(), entry.pos(),
                entry.lexemeKey(), source, lexical, quality, entry.createdAt().toString(), entry.updatedAt().toString(), entry.createdBy());
    }
}
