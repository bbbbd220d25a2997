package org.aqea.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Are the databases usable: both reachable, the schema migrated. Shared by the health endpoints. */
@ApplicationScoped
public class DatabaseCheck {

    @Resource(lookup = "jdbc/aqea")
    private DataSource jobs;

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource lexicon;

    @Inject
    SchemaMigration migration;

    /** Check name to {@code null} when it passes, else what is wrong. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("database", reachability(jobs));
        problems.put("lexiconDatabase", reachability(lexicon));
        problems.put("migrations", migration.isApplied() ? null : "not applied");
        return problems;
    }

    private static String reachability(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(5) ? null : "connection not valid";
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}
