package org.aqea.store.lexicon;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.aqea.dump.DumpPage;
import org.aqea.store.LocalTransaction;

/**
 * What an incremental run reads of the lexicon and records in it: the days applied to an edition, and the pages a
 * run takes because it holds them in a newer revision than the lexicon (a day's dump overlaps the full dump before
 * it; an older revision must not undo a newer one).
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

    /**
     * Of these pages, those whose revision is newer than the newest the lexicon holds of the page (or that it does
     * not hold), recorded as pages the run read. Recording again what a restart reads again changes nothing.
     */
    public List<DumpPage> takeNewer(long jobInstanceId, String edition, List<DumpPage> pages) {
        return LocalTransaction.run(dataSource, "recording the pages the run reads", connection -> {
            Map<Long, Long> held = new HashMap<>();
            try (PreparedStatement revisions = connection.prepareStatement("""
                    SELECT page_id, max(revision_id) FROM entry WHERE edition = ? AND page_id = ANY (?) GROUP BY page_id
                    """)) {
                revisions.setString(1, edition);
                revisions.setArray(2, connection.createArrayOf("bigint", pages.stream().map(DumpPage::pageId).toArray()));
                try (ResultSet rs = revisions.executeQuery()) {
                    while (rs.next()) {
                        held.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            List<DumpPage> newer = pages.stream()
                    .filter(page -> page.revisionId() > held.getOrDefault(page.pageId(), Long.MIN_VALUE)).toList();
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
