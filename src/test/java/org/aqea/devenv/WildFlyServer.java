package org.aqea.devenv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build's WildFly ({@code target/wildfly}), made ready for the application and started, stopped and killed with
 * WildFly's own scripts: for {@code ./mvnw -Pwildfly}, the integration tests on WildFly and their crash tests.
 *
 * <p>{@code main(<wildfly home> <server-config/wildfly> <secrets dir> <war> [run])} prepares the server: the PostgreSQL
 * driver as a module, its configuration {@code standalone-aqea.xml} made by {@code configure.cli} (again whenever the
 * script changed), the admin and reader users
 * in WildFly's application realm with the passwords of the secrets folder (as Liberty takes them from there), the
 * folder's variables as a property file the server reads at start, and the WAR in {@code deployments/}; with
 * {@code run <data dir>}, then starts it in the foreground with its data (journals, downloads) there, unless
 * {@code AQEA_DATA_DIR} says otherwise.
 */
public final class WildFlyServer implements ServerProcess {

    public static final String CONFIGURATION = "standalone-aqea.xml";
    /** As Liberty's jvm.options gives it (standalone.conf reads this variable). */
    private static final Map<String, String> HEAP = Map.of("JBOSS_JAVA_SIZING", "-Xms64m -Xmx1g");
    private static final String REALM = "ApplicationRealm";

    private final Path home;

    private WildFlyServer(Path home) {
        this.home = home;
    }

    public static WildFlyServer of(Path home) {
        return new WildFlyServer(home);
    }

    public static void main(String[] args) throws Exception {
        WildFlyServer server = of(Path.of(args[0]).toAbsolutePath());
        server.prepare(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath(), Path.of(args[3]).toAbsolutePath());
        if (args.length > 5 && args[4].equals("run")) {
            ProcessBuilder builder = new ProcessBuilder(server.command()).inheritIO();
            HEAP.forEach(builder.environment()::putIfAbsent);
            builder.environment().putIfAbsent("AQEA_DATA_DIR", Path.of(args[5]).toAbsolutePath().toString());
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            System.exit(process.waitFor());
        }
    }

    public void prepare(Path serverConfig, Path secretsDir, Path war) throws IOException, InterruptedException {
        install(serverConfig, war);
        writeUsers(home.resolve("standalone/configuration"), secretsDir);
        writeSecretProperties(secretsDir);
    }

    /**
     * What every installation of the application has, whoever starts it: the driver's module, the configuration
     * {@code configure.cli} makes (again whenever the script changed) and the WAR in {@code deployments/}.
     */
    void install(Path serverConfig, Path war) throws IOException, InterruptedException {
        installDriver(serverConfig);
        Path configureScript = serverConfig.resolve("configure.cli");
        Path configurationDir = home.resolve("standalone/configuration");
        Path configuration = configurationDir.resolve(CONFIGURATION);
        Path scriptDigest = configurationDir.resolve(CONFIGURATION + ".cli.sha256");
        String digest = sha256(Files.readAllBytes(configureScript));
        if (!Files.exists(configuration) || !Files.exists(scriptDigest) || !Files.readString(scriptDigest).equals(digest)) {
            Files.copy(configurationDir.resolve("standalone-microprofile.xml"), configuration, StandardCopyOption.REPLACE_EXISTING);
            Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + configureScript)
                    .inheritIO().start();
            if (cli.waitFor() != 0) {
                throw new IOException("jboss-cli could not apply " + configureScript + " to " + configuration);
            }
            Files.writeString(scriptDigest, digest);
            System.out.printf("[aqea] configured WildFly: %s%n", configuration);
        }
        Files.copy(war, home.resolve("standalone/deployments/aqea-extractor.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The module of {@code server-config/wildfly/modules} with the driver this build uses (on its class path). */
    private void installDriver(Path serverConfig) throws IOException {
        String module = "modules/org/postgresql/main";
        Path target = home.resolve(module);
        Files.createDirectories(target);
        Files.copy(serverConfig.resolve(module).resolve("module.xml"), target.resolve("module.xml"), StandardCopyOption.REPLACE_EXISTING);
        try {
            Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.copy(driver, target.resolve("postgresql.jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.net.URISyntaxException e) {
            throw new IOException("where is the PostgreSQL driver?", e);
        }
    }

    /**
     * The admin and reader users with their groups, in the files of WildFly's application realm (what
     * {@code bin/add-user.sh -a} writes: the hex MD5 of {@code user:realm:password}), without a password on a command
     * line.
     */
    private static void writeUsers(Path configurationDir, Path secretsDir) throws IOException {
        String admin = System.getenv().getOrDefault("AQEA_ADMIN_USER", "admin");
        String reader = System.getenv().getOrDefault("AQEA_READER_USER", "reader");
        String users = "#$REALM_NAME=" + REALM + "$\n"
                + admin + "=" + digest(admin, DevEnvironment.secret(secretsDir, "AQEA_ADMIN_PASSWORD")) + "\n"
                + reader + "=" + digest(reader, DevEnvironment.secret(secretsDir, "AQEA_READER_PASSWORD")) + "\n";
        writePrivate(configurationDir.resolve("application-users.properties"), users);
        writePrivate(configurationDir.resolve("application-roles.properties"),
                admin + "=aqea-admin\n" + reader + "=aqea-reader\n");
    }

    /**
     * Every variable of the secrets folder (a file named after it) that the environment does not set, as a property
     * the server reads at start: what Liberty's {@code VARIABLE_SOURCE_DIRS} makes of the same folder.
     */
    private void writeSecretProperties(Path secretsDir) throws IOException {
        StringBuilder properties = new StringBuilder();
        try (Stream<Path> files = Files.list(secretsDir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.matches("[A-Z][A-Z0-9_]*") && System.getenv(name) == null) {
                    properties.append(name).append('=').append(escape(Files.readString(file).trim())).append('\n');
                }
            }
        }
        writePrivate(secretProperties(), properties.toString());
    }

    private Path secretProperties() {
        return home.resolve("standalone/configuration/aqea-secrets.properties");
    }

    /** {@code standalone.sh} with the application's configuration and the secrets' properties. */
    public List<String> command() {
        return List.of(home.resolve("bin/standalone.sh").toString(), "-c", CONFIGURATION,
                "--properties=" + secretProperties().toUri());
    }

    @Override
    public Path log() {
        return home.resolve("standalone/log/server.log");
    }

    /** Starts the server in the background with these variables besides this process's environment. */
    @Override
    public void start(Map<String, String> environment) throws IOException {
        Files.createDirectories(home.resolve("standalone/log"));
        ProcessBuilder builder = new ProcessBuilder(command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("standalone/log/console.log").toFile()));
        HEAP.forEach(builder.environment()::putIfAbsent);
        builder.environment().putAll(environment);
        builder.start();
    }

    /**
     * Shuts the server down as an operator does: suspended first, which stops running jobs at their next checkpoint
     * ({@code jboss-cli :shutdown(suspend-timeout=15)}).
     */
    @Override
    public void stop() throws IOException, InterruptedException {
        Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--connect", "--command=:shutdown(suspend-timeout=15)")
                .inheritIO().start();
        if (cli.waitFor() != 0) {
            throw new IOException("jboss-cli :shutdown failed; see " + log());
        }
        Optional<ProcessHandle> process = process();
        if (process.isPresent()) {
            process.get().onExit().join();
        }
    }

    /** The server's JVM (not its launching script). */
    @Override
    public Optional<ProcessHandle> process() {
        String base = "-Djboss.home.dir=" + home;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(arguments -> List.of(arguments).contains(base)
                        && List.of(arguments).stream().anyMatch(argument -> argument.endsWith("jboss-modules.jar")))
                        .orElse(false))
                .findFirst();
    }

    private static String digest(String user, String password) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest((user + ":" + REALM + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value in a properties file: backslashes, and the characters that would end or split it. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace(":", "\\:").replace("=", "\\=");
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }
}
