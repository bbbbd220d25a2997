package org.aqea.config;

import java.nio.file.Path;

/** The server-side settings that the application itself reads (the server's own are in server.xml). */
public final class Settings {

    private Settings() {
    }

    /** When true, reading endpoints need no log-in. */
    public static boolean openRead() {
        return Boolean.parseBoolean(value("AQEA_OPEN_READ", "false"));
    }

    /** When true, jobs accept the test-only fault switch (see {@code faultAt}). Never set in production. */
    public static boolean testFaultsEnabled() {
        return Boolean.parseBoolean(value("AQEA_TEST_FAULTS", "false"));
    }

    /** Root of the local data: journals, downloaded dumps. */
    public static Path dataDir() {
        return Path.of(value("AQEA_DATA_DIR", "data"));
    }

    /** Where chunks the lexicon database could not take wait for their replay. */
    public static Path journalDir() {
        return Path.of(value("AQEA_JOURNAL_DIR", dataDir().resolve("journal").toString())).toAbsolutePath();
    }

    /** Where dumps given by URL are downloaded to. */
    public static Path dumpCacheDir() {
        return dataDir().resolve("dumps").toAbsolutePath();
    }

    public static int defaultChunkSize() {
        return Integer.parseInt(value("AQEA_CHUNK_SIZE", "500"));
    }

    private static String value(String name, String fallback) {
        String fromEnvironment = System.getenv(name);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return System.getProperty(name, fallback);
    }
}
