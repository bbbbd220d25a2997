package org.aqea.store.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aqea.config.ServerRole;

/**
 * The job repository as the servers of a cluster use it besides Liberty: their heartbeats, and the failing of
 * partitions whose server went silent. Liberty fails the remote partitions of a server only when that server starts
 * again (its recovery marks them {@code RECOVERED}, and the job's top-level thread, which looks for such partitions
 * whenever it waits for replies, ends them FAILED); a server that never comes back would leave the job waiting
 * forever. A dispatcher therefore writes what that recovery writes, for the partitions of a silent server.
 */
@ApplicationScoped
public class ClusterStore {

    /** {@code jakarta.batch.runtime.BatchStatus} as Liberty stores it (ordinal). */
    private static final int STARTING = 0;
    private static final int STOPPING = 2;
    private static final int FAILED = 4;
    /** Liberty's {@code WSRemotablePartitionState.RECOVERED} (ordinal). */
    private static final int RECOVERED = 2;
    /** Liberty's {@code InstanceState.FAILED} (ordinal). */
    private static final int INSTANCE_FAILED = 4;

    /** An execution failed because the dispatcher running it stopped beating. */
    public record LostExecution(long instanceId, long executionId, String server) {
    }

    /** A partition failed because its server stopped beating. */
    public record LostPartition(long executionId, int partitionIndex, String range, String server) {
    }

    @Resource(lookup = "jdbc/aqea")
    private DataSource repository;

    /** PostgreSQL's {@code max_prepared_transactions} of the job repository: 0 forbids two-phase commit. */
    public int preparedTransactionsAllowed() throws SQLException {
        try (Connection connection = repository.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW max_prepared_transactions")) {
            result.next();
            return Integer.parseInt(result.getString(1));
        }
    }

    public void beat(String server, ServerRole role) throws SQLException {
        try (Connection connection = autoCommitting(repository.getConnection()); PreparedStatement beat = connection.prepareStatement("""
                INSERT INTO server_heartbeat (server, role, seen_at) VALUES (?, ?, now())
                ON CONFLICT (server) DO UPDATE SET role = excluded.role, seen_at = excluded.seen_at""")) {
            beat.setString(1, server);
            beat.setString(2, role.label());
            beat.executeUpdate();
        }
    }

    /**
     * Fails, in one transaction, every running partition of a running execution whose server has beaten before
     * but not for {@code timeout}, other than {@code self} (a server that asks is alive): Liberty's step row FAILED
     * ({@code EXECUTOR_LOST}), its remote partition {@code RECOVERED}, our progress row FAILED. Dispatchers may do it
     * at once: each takes rows the other has not locked, and a partition already failed is no longer running.
     */
    public List<LostPartition> failLostPartitions(Duration timeout, String self) throws SQLException {
        return failSilent("""
                SELECT p.execution_id, p.partition_index, p.range_label, p.server
                FROM partition_progress p
                JOIN jbatch.jobexecution e ON e.jobexecid = p.execution_id
                JOIN server_heartbeat h ON h.server = p.server
                WHERE p.status = 'STARTED' AND e.batchstatus BETWEEN ? AND ?
                  AND h.seen_at < now() - ? * interval '1 second' AND p.server <> ?
                FOR UPDATE OF p SKIP LOCKED""", timeout, self,
                row -> new LostPartition(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4)),
                ClusterStore::fail);
    }

    /**
     * Fails, in one transaction, every running execution whose dispatcher has beaten before but not for
     * {@code timeout}, other than {@code self}, as Liberty's recovery does when that server starts again: the
     * execution, its instance and its running steps FAILED ({@code DISPATCHER_LOST}), its remote partitions
     * {@code RECOVERED}, our progress rows FAILED and the run ENDED. Any dispatcher may then restart it.
     */
    public List<LostExecution> failLostExecutions(Duration timeout, String self) throws SQLException {
        return failSilent("""
                SELECT r.job_instance_id, r.execution_id, r.server
                FROM run r
                JOIN jbatch.jobexecution e ON e.jobexecid = r.execution_id
                JOIN server_heartbeat h ON h.server = r.server
                WHERE r.status = 'RUNNING' AND e.batchstatus BETWEEN ? AND ?
                  AND h.seen_at < now() - ? * interval '1 second' AND r.server <> ?
                FOR UPDATE OF r SKIP LOCKED""", timeout, self,
                row -> new LostExecution(row.getLong(1), row.getLong(2), row.getString(3)),
                ClusterStore::fail);
    }

    private interface Rows<T> {
        T of(ResultSet row) throws SQLException;
    }

    private interface Failure<T> {
        void write(Connection connection, T lost) throws SQLException;
    }

    /**
     * What {@code find} selects (running, its server silent for {@code timeout}: parameters running statuses,
     * seconds, self), failed by {@code failure}, in one transaction.
     */
    private <T> List<T> failSilent(String find, Duration timeout, String self, Rows<T> rows, Failure<T> failure)
            throws SQLException {
        List<T> lost = new ArrayList<>();
        try (Connection connection = repository.getConnection()) {
            if (!batchTablesExist(connection)) {
                return lost;
            }
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement select = connection.prepareStatement(find)) {
                    select.setInt(1, STARTING);
                    select.setInt(2, STOPPING);
                    select.setLong(3, timeout.toSeconds());
                    select.setString(4, self);
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            lost.add(rows.of(row));
                        }
                    }
                }
                for (T each : lost) {
                    failure.write(connection, each);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return lost;
    }

    private static void fail(Connection connection, LostExecution lost) throws SQLException {
        update(connection, """
                UPDATE jbatch.jobexecution SET batchstatus = ?, exitstatus = 'DISPATCHER_LOST', endtime = now(), updatetime = now()
                WHERE jobexecid = ?""", FAILED, lost.executionId());
        update(connection, """
                UPDATE jbatch.jobinstance SET batchstatus = ?, instancestate = ?, exitstatus = 'DISPATCHER_LOST', updatetime = now()
                WHERE jobinstanceid = ?""", FAILED, INSTANCE_FAILED, lost.instanceId());
        update(connection, """
                UPDATE jbatch.stepthreadexecution SET batchstatus = ?, exitstatus = 'DISPATCHER_LOST', endtime = now()
                WHERE fk_jobexecid = ? AND batchstatus BETWEEN ? AND ?""", FAILED, lost.executionId(), STARTING, STOPPING);
        update(connection, """
                UPDATE jbatch.remotablepartition SET internalstate = ?, lastupdated = now()
                WHERE fk_jobexecutionid = ? AND internalstate <> ?""", RECOVERED, lost.executionId(), RECOVERED);
        update(connection, """
                UPDATE partition_progress SET status = 'FAILED', updated_at = now()
                WHERE execution_id = ? AND status = 'STARTED'""", lost.executionId());
        update(connection, """
                UPDATE run SET status = 'ENDED', updated_at = now() WHERE job_instance_id = ?""", lost.instanceId());
    }

    /** Liberty creates its tables at the first use of the batch runtime: before that, no execution runs. */
    private static boolean batchTablesExist(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT to_regclass('jbatch.remotablepartition') IS NOT NULL")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /** A pooled connection as this store expects it: each statement its own transaction, whatever the last user left. */
    private static Connection autoCommitting(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        return connection;
    }

    private static void update(Connection connection, String sql, long... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setLong(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void fail(Connection connection, LostPartition lost) throws SQLException {
        // One partitioned step of an execution runs at a time: the partition number names its step thread.
        update(connection, """
                UPDATE jbatch.stepthreadexecution SET batchstatus = ?, exitstatus = 'EXECUTOR_LOST', endtime = now()
                WHERE fk_jobexecid = ? AND partnum = ? AND batchstatus BETWEEN ? AND ?""",
                FAILED, lost.executionId(), lost.partitionIndex(), STARTING, STOPPING);
        update(connection, """
                UPDATE jbatch.remotablepartition SET internalstate = ?, lastupdated = now()
                WHERE fk_jobexecutionid = ? AND partnum = ? AND internalstate <> ?""",
                RECOVERED, lost.executionId(), lost.partitionIndex(), RECOVERED);
        update(connection, """
                UPDATE partition_progress SET status = 'FAILED', updated_at = now()
                WHERE execution_id = ? AND partition_index = ?""", lost.executionId(), lost.partitionIndex());
    }
}
