package org.aqea.store.lexicon;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.aqea.address.AqeaConverter;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LabelKey;
import org.aqea.store.LocalTransaction;
import org.aqea.wiki.LiveChanges;

/**
 * What a run that updates only the pages it reads (a day of incremental dumps, a window of the live wiki's changes)
 * reads of the lexicon and records in it: the days and windows applied to an edition, and the pages a run takes
 * because it holds them in a newer revision than the lexicon (a day's dump overlaps the full dump before it; an older
 * revision must not undo a newer one) or because the title they held went to another page or to none.
 */
@ApplicationScoped
public class ChangedPages {

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    /** The last day of incremental dumps applied to the edition. */
    public Optional<LocalDate> lastDay(String edition) {
        return LocalTransaction.run(dataSource, "reading the days applied", connection -> {
            try (PreparedStatement last = connection.prepareStatement("SELECT max(day) FROM incremental_day WHERE edition = ?")) {
                last.setString(1, edition);
                try (ResultSet rs = last.executeQuery()) {
                    rs.next();
                    Date day = rs.getDate(1);
                    return Optional.ofNullable(day).map(Date::toLocalDate);
                }
            }
        });
    }

    /** The end of the last window of the live wiki's changes applied to the edition. */
    public Optional<Instant> lastWindowEnd(String edition) {
        return lastWindow(edition).map(AppliedWindow::until);
    }

    /**
     * A window of a wiki's changes that a live run applied.
     *
     * @param changes the changes the wiki listed in it
     * @param pages   the pages fetched for them
     */
    public record AppliedWindow(Instant since, Instant until, int changes, int pages, Instant appliedAt) {
    }

    /** The last window of the edition's wiki applied: the next live run starts at its end. */
    public Optional<AppliedWindow> lastWindow(String edition) {
        return LocalTransaction.run(dataSource, "reading the live windows applied", connection -> {
            try (PreparedStatement last = connection.prepareStatement("SELECT since, until, changes, pages, applied_at "
                    + "FROM live_window WHERE edition = ? AND applied_at IS NOT NULL ORDER BY until DESC LIMIT 1")) {
                last.setString(1, edition);
                try (ResultSet rs = last.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new AppliedWindow(rs.getObject(1, OffsetDateTime.class).toInstant(),
                            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3), rs.getInt(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        });
    }

    /** Records the window a live run fetched (again, when a restart fetched it anew). */
    public void recordWindow(long jobInstanceId, String edition, LiveChanges.Fetched fetched) {
        LocalTransaction.run(dataSource, "recording the live window", connection -> {
            try (PreparedStatement record = connection.prepareStatement("""
                    INSERT INTO live_window (job_instance_id, edition, since, until, changes, titles, pages, requests)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (job_instance_id) DO UPDATE SET since = excluded.since, until = excluded.until,
                        changes = excluded.changes, titles = excluded.titles, pages = excluded.pages,
                        requests = excluded.requests, fetched_at = now()
                    """)) {
                record.setLong(1, jobInstanceId);
                record.setString(2, edition);
                record.setObject(3, fetched.since().atOffset(ZoneOffset.UTC));
                record.setObject(4, fetched.until().atOffset(ZoneOffset.UTC));
                record.setInt(5, fetched.changes());
                record.setInt(6, fetched.titles());
                record.setInt(7, fetched.pages());
                record.setInt(8, fetched.requests());
                record.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records as read the pages the lexicon holds under these titles that no longer hold them (deleted, moved away,
     * replaced by another page): what the run does not write of them vanished. A page that still holds its title is
     * left to {@link #takeNewer}.
     *
     * @param titles each title with the page that holds it now, or null
     */
    public void recordReplaced(long jobInstanceId, String edition, Map<String, Long> titles) {
        LocalTransaction.run(dataSource, "recording the pages that left their titles", connection -> {
            try (PreparedStatement record = connection.prepareStatement("""
                    INSERT INTO run_page (job_instance_id, edition, page_id)
                    SELECT DISTINCT ?, e.edition, e.page_id
                    FROM unnest(?::text[], ?::text[], ?::bigint[]) AS t(title, label_key, page_id)
                    JOIN entry e ON e.label_key = t.label_key AND e.edition = ? AND e.word = t.title
                        AND e.page_id IS DISTINCT FROM t.page_id
                    ON CONFLICT DO NOTHING
                    """)) {
                record.setLong(1, jobInstanceId);
                record.setArray(2, connection.createArrayOf("text", titles.keySet().toArray()));
                // The label index finds a title's entries (an entry's label is its word, cut when long).
                record.setArray(3, connection.createArrayOf("text",
                        titles.keySet().stream().map(title -> LabelKey.of(AqeaConverter.label(title))).toArray()));
                record.setArray(4, connection.createArrayOf("bigint", titles.values().toArray()));
                record.setString(5, edition);
                record.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Of these pages, those whose revision is newer than the newest the lexicon holds of the page (or that it does
     * not hold), recorded as pages the run read. A page whose entries are all deprecated (deleted, or emptied) is taken
     * in the revision they had too: a restored page comes back in it. Recording again what a restart reads again
     * changes nothing.
     */
    public List<DumpPage> takeNewer(long jobInstanceId, String edition, List<DumpPage> pages) {
        return LocalTransaction.run(dataSource, "recording the pages the run reads", connection -> {
            Map<Long, long[]> held = new HashMap<>();
            try (PreparedStatement revisions = connection.prepareStatement("""
                    SELECT page_id, max(revision_id), coalesce(max(revision_id) FILTER (WHERE status <> 'deprecated'), -1)
                    FROM entry WHERE edition = ? AND page_id = ANY (?) GROUP BY page_id
                    """)) {
                revisions.setString(1, edition);
                revisions.setArray(2, connection.createArrayOf("bigint", pages.stream().map(DumpPage::pageId).toArray()));
                try (ResultSet rs = revisions.executeQuery()) {
                    while (rs.next()) {
                        held.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            List<DumpPage> newer = pages.stream().filter(page -> {
                long[] revision = held.get(page.pageId());
                return revision == null || page.revisionId() > revision[1] && page.revisionId() >= revision[0];
            }).toList();
            try (PreparedStatement record = connection.prepareStatement("""
                    INSERT INTO run_page (job_instance_id, edition, page_id) SELECT ?, ?, unnest(?)
                    ON CONFLICT DO NOTHING
                    """)) {
                record.setLong(1, jobInstanceId);
                record.setString(2, edition);
                record.setArray(3, connection.createArrayOf("bigint", newer.stream().map(DumpPage::pageId).toArray()));
                record.executeUpdate();
            }
            return newer;
        });
    }
}
