package org.aqea.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Are the databases usable: both reachable, the schema migrated. Shared by the health endpoints. */
@ApplicationScoped
public class DatabaseCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    private final Map<String, String> lastProblems = new ConcurrentHashMap<>();

    @Resource(lookup = "jdbc/aqea")
    private DataSource jobs;

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource lexicon;

    @Inject
    SchemaMigration migration;

    /** Check name to {@code null} when it passes, else what is wrong. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("database", reachability("database", jobs));
        problems.put("lexiconDatabase", reachability("lexiconDatabase", lexicon));
        problems.put("migrations", migration.isApplied() ? null : "not applied");
        return problems;
    }

    /**
     * {@code null}, or "unreachable": the driver's own message names hosts and users, so it goes to the log (once
     * per change) and never to the open health endpoints.
     */
    private String reachability(String name, DataSource dataSource) {
        String problem;
        try (Connection connection = dataSource.getConnection()) {
            problem = connection.isValid(5) ? null : "connection not valid";
        } catch (Exception e) {
            problem = e.getMessage();
        }
        String previous = lastProblems.put(name, problem == null ? "" : problem);
        if (problem != null && !problem.equals(previous)) {
            String logged = problem;
            LOG.warning(() -> "health check: " + name + " unreachable: " + logged);
        }
        return problem == null ? null : "unreachable";
    }
}
