package org.aqea.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a server does ({@code AQEA_ROLE}); server.xml includes {@code roles/<role>.xml}. */
public enum ServerRole {
    /** Runs jobs and their partitions on its own threads. */
    STANDALONE,
    /** Runs jobs, the API and the messaging engine; partitions go to the executors. */
    DISPATCHER,
    /** Runs the partitions it takes from a dispatcher's queue. */
    EXECUTOR;

    public static ServerRole of(String name) {
        for (ServerRole role : values()) {
            if (role.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("allowed are " + Arrays.stream(values()).map(ServerRole::label)
                .collect(Collectors.joining(", ")));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean clustered() {
        return this != STANDALONE;
    }
}
