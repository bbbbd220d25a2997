package org.aqea.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations when the application starts, before any request or job is served, to the job
 * database and to the lexicon database (the same one unless configured apart; then each has all tables).
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/aqea")
    private DataSource jobs;

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource lexicon;

    private volatile boolean applied;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrate(jobs, "job database");
        migrate(lexicon, "lexicon database");
        applied = true;
    }

    private static void migrate(DataSource dataSource, String name) {
        MigrateResult result = Migrations.apply(dataSource);
        LOG.info(() -> name + " schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public boolean isApplied() {
        return applied;
    }
}
