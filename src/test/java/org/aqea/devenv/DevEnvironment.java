package org.aqea.devenv;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;

/**
 * Prepares what the server needs on a machine with only a JDK, before Maven starts Liberty:
 * an embedded PostgreSQL (real binaries from Maven Central) when no {@code AQEA_DB_URL} is set, and generated
 * passwords for the admin and reader users when none are configured.
 *
 * <p>Runs inside the Maven JVM (exec:java); the database lives as long as that JVM, that is, as long as
 * {@code liberty:run} or the integration tests.
 *
 * <p>Arguments: {@code <data dir> <port> <secrets dir> [fresh]}; {@code fresh} wipes the database first (tests).
 */
public final class DevEnvironment {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DevEnvironment() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path secretsDir = Path.of(args[2]).toAbsolutePath();
        boolean fresh = args.length > 3 && "fresh".equals(args[3]);

        ensurePassword(secretsDir, "AQEA_ADMIN_PASSWORD", "admin");
        ensurePassword(secretsDir, "AQEA_READER_PASSWORD", "reader");

        if (System.getenv("AQEA_DB_URL") != null) {
            System.out.println("[aqea] using the database at AQEA_DB_URL");
            return;
        }
        if (fresh) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "100")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // Liberty's batch job repository may be touched before the application's migrations ran.
            statement.execute("CREATE SCHEMA IF NOT EXISTS jbatch");
        }
        System.out.printf("[aqea] embedded PostgreSQL on 127.0.0.1:%d, data in %s%n", port, dataDir);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Generates a password once, prints it once, and keeps it in a file Liberty reads as a variable. */
    private static void ensurePassword(Path secretsDir, String variable, String user) throws IOException {
        Path file = secretsDir.resolve(variable);
        if (System.getenv(variable) != null || Files.exists(file)) {
            return;
        }
        Files.createDirectories(secretsDir);
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        System.out.printf("[aqea] generated the %s password (user '%s'): %s%n[aqea] it is stored in %s%n",
                user, user, password, file);
    }
}
