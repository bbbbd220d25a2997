package org.aqea.store.runs;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aqea.config.Settings;

/**
 * JBeret's job repository (WildFly, server-config/wildfly) as the runs need it, put right at start, after the schema
 * migration and before any job of this application runs.
 *
 * <p>Numbering: a run is its job instance, and partitions, rejects and samples name their execution; a lexicon database
 * whose runs were numbered by another repository (Liberty's) would make JBeret's first instances look like old runs.
 * JBeret's sequences continue after the highest instance and execution the tables hold.
 *
 * <p>After a server died: its executions stay STARTED for ever, holding their run's edition, and JBeret refuses to
 * restart them. What the repository still calls alive cannot be: STARTING and STARTED end FAILED, STOPPING ends
 * STOPPED, as Liberty's own recovery ends them; a restart then resumes each from its last checkpoint. Their steps stay as the server left
 * them: JBeret restarts a step left STARTED with every partition that did not complete, those that never began
 * included (a step marked FAILED would restart only the partitions it recorded). A standalone server owns its
 * repository; Liberty's repository (other tables) is left to Liberty. The tables are found where the datasource's
 * search path puts them (jbatch first).
 */
@ApplicationScoped
public class JBeretRepository {

    private static final Logger LOG = Logger.getLogger(JBeretRepository.class.getName());
    private static final String ALIVE = "('STARTING', 'STARTED', 'STOPPING')";
    private static final String ENDED = "CASE batchstatus WHEN 'STOPPING' THEN 'STOPPED' ELSE 'FAILED' END";

    @Resource(lookup = "jdbc/aqea")
    DataSource repository;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
            Object started) throws SQLException {
        if (Settings.role().clustered()) {
            return;
        }
        try (Connection connection = repository.getConnection()) {
            if (!exist(connection, "job_execution", "job_instance", "run")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(continueAfter("job_instance", "jobinstanceid", "SELECT max(job_instance_id) FROM run"));
                statement.execute(continueAfter("job_execution", "jobexecutionid", "SELECT max(execution_id) FROM ("
                        + " SELECT max(execution_id) AS execution_id FROM run UNION ALL"
                        + " SELECT max(execution_id) FROM partition_progress UNION ALL"
                        + " SELECT max(execution_id) FROM reject UNION ALL"
                        + " SELECT max(execution_id) FROM progress_sample) AS ours"));
                try (ResultSet ended = statement.executeQuery("UPDATE job_execution SET batchstatus = " + ENDED
                        + ", exitstatus = 'SERVER_LOST', endtime = now(), lastupdatedtime = now(), version = version + 1"
                        + " WHERE batchstatus IN " + ALIVE + " RETURNING jobexecutionid, batchstatus")) {
                    while (ended.next()) {
                        long execution = ended.getLong(1);
                        String status = ended.getString(2);
                        LOG.warning(() -> "execution " + execution + " was running when the server went down: now " + status
                                + " (SERVER_LOST); a restart resumes it from its last checkpoint");
                    }
                }
            }
        }
    }

    /** Moves the table's id sequence past {@code highest} (a query) where it is behind; never back. */
    private static String continueAfter(String table, String column, String highest) {
        String sequence = "pg_get_serial_sequence('" + table + "', '" + column + "')";
        return "SELECT setval(" + sequence + ", ours.id) FROM (" + highest + ") AS ours(id)"
                + " WHERE ours.id >= (SELECT coalesce(max(last_value), 0) + 1 FROM pg_sequences"
                + " WHERE format('%I.%I', schemaname, sequencename) = " + sequence + ")";
    }

    private static boolean exist(Connection connection, String... tables) throws SQLException {
        for (String table : tables) {
            try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                query.setString(1, table);
                try (ResultSet result = query.executeQuery()) {
                    if (!result.next() || !result.getBoolean(1)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
