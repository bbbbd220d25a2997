package org.aqea.store.runs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aqea.config.Settings;

/**
 * JBeret's job repository (WildFly, server-config/wildfly) after a server died: its executions stay STARTED for ever,
 * holding their run's edition, and JBeret refuses to restart them. At start, before any job of this application runs,
 * what the repository still calls alive cannot be: STARTING and STARTED end FAILED, STOPPING ends STOPPED, as Liberty's
 * own recovery ends them; a restart then resumes each from its last checkpoint. Their steps stay as the server left
 * them: JBeret restarts a step left STARTED with every partition that did not complete, those that never began
 * included (a step marked FAILED would restart only the partitions it recorded). A standalone server owns its
 * repository; Liberty's repository (other tables) is left to Liberty. The tables are found where the datasource's
 * search path puts them (jbatch first).
 */
@ApplicationScoped
public class JBeretRecovery {

    private static final Logger LOG = Logger.getLogger(JBeretRecovery.class.getName());
    private static final String ALIVE = "('STARTING', 'STARTED', 'STOPPING')";
    private static final String ENDED = "CASE batchstatus WHEN 'STOPPING' THEN 'STOPPED' ELSE 'FAILED' END";

    @Resource(lookup = "jdbc/aqea")
    DataSource repository;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) throws SQLException {
        if (Settings.role().clustered()) {
            return;
        }
        try (Connection connection = repository.getConnection()) {
            if (!hasJBeretTables(connection)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
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

    private static boolean hasJBeretTables(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass('job_execution') IS NOT NULL"
                + " AND to_regclass('partition_execution') IS NOT NULL");
             ResultSet result = query.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }
}
