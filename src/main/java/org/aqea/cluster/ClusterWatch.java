package org.aqea.cluster;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aqea.config.ServerRole;
import org.aqea.config.Settings;
import org.aqea.store.cluster.ClusterStore;
import org.aqea.store.SchemaMigration;

/**
 * A server of a cluster: refuses to start on a job repository without two-phase commit, says it is alive every
 * {@code AQEA_HEARTBEAT_SECONDS}, and, on a dispatcher, fails the executions and partitions of servers silent for
 * longer than {@code AQEA_PARTITION_TIMEOUT_SECONDS} ({@link ClusterStore}). A standalone server does none of it.
 */
@ApplicationScoped
public class ClusterWatch {

    private static final Logger LOG = Logger.getLogger(ClusterWatch.class.getName());

    @Inject
    ClusterStore cluster;

    @Inject
    SchemaMigration migration;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ServerRole role = Settings.role();
    private final String server = Settings.serverIdentity();
    private final Duration timeout = Settings.partitionTimeout();

    /** Before the schema migration: a repository this server refuses is left as it was. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) @Initialized(ApplicationScoped.class)
            Object started) throws SQLException {
        if (!role.clustered()) {
            return;
        }
        int prepared = cluster.preparedTransactionsAllowed();
        if (prepared == 0) {
            String why = "AQEA_ROLE=" + role.label() + " needs a job repository (AQEA_DB_URL) that allows prepared"
                    + " transactions: a partition's message and its row commit together (two-phase commit); the"
                    + " repository's PostgreSQL has max_prepared_transactions = 0 (set it above 0 and restart it)";
            LOG.severe(why);
            throw new IllegalStateException(why);
        }
        long every = Settings.heartbeat().toMillis();
        scheduler.scheduleWithFixedDelay(this::beat, 0, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "server " + server + " runs in a cluster as " + role.label() + ": heartbeat every " + every
                + " ms, partitions of servers silent for " + timeout.toSeconds() + " s are failed");
    }

    void beat() {
        if (!migration.isApplied()) {
            return;
        }
        try {
            cluster.beat(server, role);
            if (role == ServerRole.DISPATCHER) {
                for (ClusterStore.LostExecution lost : cluster.failLostExecutions(timeout, server)) {
                    LOG.warning(() -> "execution " + lost.executionId() + " of run " + lost.instanceId() + " failed: its"
                            + " dispatcher " + lost.server() + " has been silent for more than " + timeout.toSeconds()
                            + " s (DISPATCHER_LOST); any dispatcher may restart it");
                }
                for (ClusterStore.LostPartition lost : cluster.failLostPartitions(timeout, server)) {
                    LOG.warning(() -> "execution " + lost.executionId() + ", range " + lost.range() + ": partition failed,"
                            + " its server " + lost.server() + " has been silent for more than " + timeout.toSeconds()
                            + " s (EXECUTOR_LOST); a restart runs it again from its checkpoint on a server that is alive");
                }
            }
        } catch (SQLException e) {
            // The next beat tries again; a repository that stays unreachable shows in the health check.
            LOG.warning(() -> "heartbeat of " + server + " failed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "heartbeat of " + server + " failed: " + e, e);
        }
    }
}
