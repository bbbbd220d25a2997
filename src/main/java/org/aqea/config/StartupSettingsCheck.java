package org.aqea.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses to start the application on a malformed setting, before the schema migration or any request or job:
 * a wrong port or URL found at the first request or the tenth job is harder to trace than a start that fails.
 */
@ApplicationScoped
public class StartupSettingsCheck {

    private static final Logger LOG = Logger.getLogger(StartupSettingsCheck.class.getName());

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
            Object event) {
        List<String> problems = SettingsCheck.problems(Settings::configured);
        if (problems.isEmpty()) {
            return;
        }
        problems.forEach(problem -> LOG.severe("AQEA setting rejected: " + problem));
        throw new IllegalStateException("AQEA Extractor does not start: " + String.join("; ", problems));
    }
}
