package org.aqea.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Per-partition progress rows. Updates made from a chunk's writer join the chunk transaction, so the row never
 * runs ahead of the checkpoint.
 */
@ApplicationScoped
public class PartitionProgressStore {

    @Resource(lookup = "jdbc/aqea")
    private DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long executionId, int partitionIndex, String range, long checkpoint, long expected) {
        update("""
                INSERT INTO partition_progress (execution_id, partition_index, range_label, status, checkpoint,
                    items_expected, started_at, updated_at)
                VALUES (?, ?, ?, 'STARTED', ?, ?, now(), now())
                ON CONFLICT (execution_id, partition_index) DO UPDATE SET status = 'STARTED', updated_at = now()
                """, executionId, partitionIndex, range, checkpoint, expected);
    }

    public void chunkWritten(long executionId, int partitionIndex, long read, long written, long skipped, long checkpoint) {
        update("""
                UPDATE partition_progress SET items_read = ?, items_written = ?, items_skipped = ?, checkpoint = ?,
                    updated_at = now()
                WHERE execution_id = ? AND partition_index = ?
                """, read, written, skipped, checkpoint, executionId, partitionIndex);
    }

    /** Records the pages of one committed chunk, for the rate over time. */
    public void sample(long executionId, int pages) {
        update("INSERT INTO progress_sample (execution_id, pages) VALUES (?, ?)", executionId, pages);
    }

    /** Pages per second in consecutive windows of {@code windowSeconds} from the first chunk on. */
    public List<double[]> rate(long executionId, int windowSeconds) {
        String sql = """
                WITH s AS (SELECT sampled_at, pages, min(sampled_at) OVER () AS first FROM progress_sample WHERE execution_id = ?)
                SELECT floor(extract(epoch FROM sampled_at - first) / ?)::int * ? AS second, sum(pages)::float8 / ?
                FROM s GROUP BY 1 ORDER BY 1
                """;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, executionId);
            statement.setInt(2, windowSeconds);
            statement.setInt(3, windowSeconds);
            statement.setInt(4, windowSeconds);
            List<double[]> points = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    points.add(new double[] {rs.getInt(1), rs.getDouble(2)});
                }
            }
            return points;
        } catch (SQLException e) {
            throw new StoreException("reading the rate of execution " + executionId, e);
        }
    }

    /** In a transaction of its own: a failed chunk's rollback must not take the partition's end with it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(long executionId, int partitionIndex, String status) {
        update("UPDATE partition_progress SET status = ?, updated_at = now() WHERE execution_id = ? AND partition_index = ?",
                status, executionId, partitionIndex);
    }

    public List<PartitionProgress> of(long executionId) {
        String sql = """
                SELECT partition_index, range_label, status, items_read, items_written, items_skipped, checkpoint,
                       started_at, updated_at, items_expected
                FROM partition_progress WHERE execution_id = ? ORDER BY partition_index
                """;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, executionId);
            List<PartitionProgress> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PartitionProgress(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), instant(rs.getTimestamp(8)),
                            instant(rs.getTimestamp(9)), rs.getLong(10)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("reading the progress of execution " + executionId, e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("updating partition progress", e);
        }
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
