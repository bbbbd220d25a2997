package org.aqea.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Pages a job could not process (table {@code reject}, next to the job repository). */
@ApplicationScoped
public class RejectStore {

    @Resource(lookup = "jdbc/aqea")
    private DataSource dataSource;

    /** Records a skipped page, whatever happens to the chunk it was part of. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long executionId, String range, String title, String reason, String snippet) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO reject (execution_id, range_label, title, reason, snippet) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, executionId);
            insert.setString(2, range);
            insert.setString(3, title);
            insert.setString(4, reason);
            insert.setString(5, snippet);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording a rejected page", e);
        }
    }

    /** Rejected pages of an execution: title, range and reason, oldest first. */
    public List<Map<String, String>> of(long executionId, int limit) {
        List<Map<String, String>> rejects = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT title, range_label, reason FROM reject WHERE execution_id = ? ORDER BY id LIMIT ?")) {
            select.setLong(1, executionId);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rejects.add(Map.of("title", rs.getString(1), "range", rs.getString(2), "reason", rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading rejected pages", e);
        }
        return rejects;
    }
}
