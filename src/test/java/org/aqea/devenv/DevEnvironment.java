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
        ensurePassword(secretsDir, "AQEA_CLUSTER_PASSWORD", "aqea-cluster");
        ensurePassword(secretsDir, "AQEA_CLUSTER_KEYSTORE_PASSWORD", "the cluster keystore");
        ensureClusterKeystore(secretsDir);

        if (System.getenv("AQEA_DB_URL") != null) {
            System.out.println("[aqea] using the database at AQEA_DB_URL");
            return;
        }
        if (fresh) {
            deleteRecursively(dataDir);
        }
        ensurePassword(secretsDir, "AQEA_DB_PASSWORD", "postgres");
        String password = secret(secretsDir, "AQEA_DB_PASSWORD");
        Files.createDirectories(dataDir.getParent());
        // Loopback only, a password for every connection, and commits that survive a power loss: the embedded
        // library's defaults (fsync and synchronous_commit off) suit throw-away test databases, not data.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // A cluster's job repository commits a partition's row and its message together (two-phase commit).
                .setServerConfig("max_prepared_transactions", "64")
                .setConnectConfig("password", password)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // Liberty's batch job repository may be touched before the application's migrations ran.
            statement.execute("CREATE SCHEMA IF NOT EXISTS jbatch");
            statement.execute("ALTER USER postgres PASSWORD '" + password.replace("'", "''") + "'");
            requirePasswords(dataDir);
            statement.execute("SELECT pg_reload_conf()");
        }
        System.out.printf("[aqea] embedded PostgreSQL on 127.0.0.1:%d (user postgres, password in %s), data in %s%n", port,
                secretsDir.resolve("AQEA_DB_PASSWORD"), dataDir);
    }

    /** Replaces the trust of a fresh cluster: every connection, local or over loopback, gives its password. */
    private static void requirePasswords(Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("pg_hba.conf"), """
                # Written by DevEnvironment: every connection authenticates with its password.
                local   all   all                  scram-sha-256
                host    all   all   127.0.0.1/32   scram-sha-256
                host    all   all   ::1/128        scram-sha-256
                """);
    }

    /**
     * The keystore every server of a local cluster shares ({@code data/cluster/key.p12}, README "Cluster"): a
     * self-signed key for localhost and 127.0.0.1, made once with the JDK's keytool.
     */
    private static void ensureClusterKeystore(Path secretsDir) throws IOException, InterruptedException {
        Path keystore = clusterKeystore(secretsDir);
        if (Files.exists(keystore)) {
            return;
        }
        Files.createDirectories(keystore.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        String password = secret(secretsDir, "AQEA_CLUSTER_KEYSTORE_PASSWORD");
        ProcessBuilder keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "default", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=localhost, O=AQEA local cluster", "-ext", "san=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass:env", "KEYSTORE_PASSWORD")
                .inheritIO();
        // The password goes to keytool through its environment, never on a command line others can read.
        keytool.environment().put("KEYSTORE_PASSWORD", password);
        if (keytool.start().waitFor() != 0) {
            throw new IOException("keytool could not make the cluster keystore " + keystore);
        }
        System.out.printf("[aqea] made the local cluster's keystore %s%n", keystore);
    }

    /** A secret as {@link #ensurePassword} left it: from the environment, else from its file. */
    static String secret(Path secretsDir, String variable) throws IOException {
        String fromEnvironment = System.getenv(variable);
        return fromEnvironment != null ? fromEnvironment : Files.readString(secretsDir.resolve(variable)).trim();
    }

    /** Where a local cluster's keystore is: beside the secrets folder. */
    public static Path clusterKeystore(Path secretsDir) {
        return secretsDir.toAbsolutePath().getParent().resolve("cluster").resolve("key.p12");
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

    /**
     * Generates a password once and keeps it in a file Liberty reads as a variable. The folder and the file are
     * private (owner only) before a byte is written; the password itself is never printed (logs and terminals
     * keep what is printed), only where it is.
     */
    private static void ensurePassword(Path secretsDir, String variable, String user) throws IOException {
        Path file = secretsDir.resolve(variable);
        if (System.getenv(variable) != null || Files.exists(file)) {
            return;
        }
        if (!Files.exists(secretsDir)) {
            Files.createDirectories(secretsDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        System.out.printf("[aqea] generated the password of user '%s': cat %s%n", user, file);
    }
}
