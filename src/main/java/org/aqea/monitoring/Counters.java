package org.aqea.monitoring;

import java.util.Map;

/**
 * The server's metric registry as {@link JobMetrics} uses it: counters named and tagged, dropped by execution. Each
 * server has its own registry API (MicroProfile Metrics on Open Liberty, Micrometer on WildFly); the implementation
 * whose API the server lacks cannot load there, and CDI leaves it out.
 */
public interface Counters {

    /** Adds {@code amount} (possibly 0, which makes the series exist) to the counter of that name and those tags. */
    void add(String name, Map<String, String> tags, long amount);

    /** Drops every series tagged with that execution. */
    void dropExecution(String execution);
}
