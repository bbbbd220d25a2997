package org.aqea.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The secrets tests and benchmarks log in with: from the environment, else the generated files. */
public final class Secrets {

    private Secrets() {
    }

    /** The variable's value from the environment, else from {@code <aqea.secrets.dir or data/secrets>/<variable>}. */
    public static String value(String variable) {
        String fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Path file = Path.of(System.getProperty("aqea.secrets.dir", "data/secrets"), variable);
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("no " + variable + " in the environment or in " + file, e);
        }
    }
}
