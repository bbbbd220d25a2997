package org.aqea.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A package the build makes, started as an operator starts it: Liberty's jar with {@code java -jar} in a folder of its
 * own, WildFly's zip unpacked there with {@code unzip} and started with its launcher; with environment variables only
 * (the build's server variables do not come along), on ports of its own, against the test database with the
 * generated passwords; each start's output in {@code <name>.log} of the folder.
 */
final class PackagedServer {

    static final Path JAR = Path.of("target", "aqea-extractor.jar").toAbsolutePath();
    static final Path CLUSTER_JAR = Path.of("target", "aqea-extractor-cluster.jar").toAbsolutePath();
    static final Path WILDFLY_ZIP = Path.of("target", "aqea-extractor-wildfly.zip").toAbsolutePath();

    private final Path home;
    private final int httpPort;
    private final boolean wildFly;

    private PackagedServer(Path home, int httpPort, boolean wildFly) {
        this.home = home;
        this.httpPort = httpPort;
        this.wildFly = wildFly;
    }

    static PackagedServer liberty(Path home, int httpPort) {
        return new PackagedServer(home, httpPort, false);
    }

    /** WildFly's package, unpacked anew into the folder (a start there later keeps what the one before wrote). */
    static PackagedServer wildFly(Path home, int httpPort) throws IOException, InterruptedException {
        deleteTree(home);
        Files.createDirectories(home);
        Process unzip = new ProcessBuilder("unzip", "-q", WILDFLY_ZIP.toString()).directory(home.toFile())
                .inheritIO().start();
        if (unzip.waitFor() != 0) {
            throw new IOException("unzip " + WILDFLY_ZIP + " failed");
        }
        return new PackagedServer(home, httpPort, true);
    }

    String base() {
        return "http://localhost:" + httpPort;
    }

    /** The output of the start named so. */
    Path log(String name) {
        return home.resolve(name + ".log");
    }

    Process start(Map<String, String> settings, String name) throws IOException {
        return wildFly ? start(List.of(home.resolve("aqea-extractor-wildfly/bin/aqea-extractor.sh").toString()), Map.of(), settings, name)
                : start(JAR, settings, name);
    }

    Process start(Path jar, Map<String, String> settings, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The same folder for every start, extracted anew (the jar refuses a folder that exists): Liberty knows the
        // executions a killed server ran as its own by its path, and fails them at the next start so that they can be
        // restarted.
        Path extracted = home.resolve("wlp").resolve("server");
        deleteTree(extracted);
        return start(List.of(java, "-jar", jar.toString()), Map.of("WLP_JAR_EXTRACT_DIR", extracted.toString()), settings, name);
    }

    private Process start(List<String> command, Map<String, String> launch, Map<String, String> settings, String name)
            throws IOException {
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("AQEA_") || key.equals("VARIABLE_SOURCE_DIRS"));
        environment.putAll(launch);
        environment.put("AQEA_HTTP_PORT", Integer.toString(httpPort));
        environment.put("AQEA_HTTPS_PORT", Integer.toString(httpPort + 363));
        environment.put("AQEA_MANAGEMENT_PORT", Integer.toString(httpPort + 910));
        environment.put("AQEA_DB_URL", System.getenv("AQEA_DB_URL"));
        environment.put("AQEA_DB_USER", System.getenv().getOrDefault("AQEA_DB_USER", "postgres"));
        environment.put("AQEA_DB_PASSWORD", ApiClient.secret("AQEA_DB_PASSWORD"));
        environment.put("AQEA_ADMIN_PASSWORD", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
        environment.put("AQEA_READER_PASSWORD", ApiClient.secret("AQEA_READER_PASSWORD"));
        environment.put("AQEA_DUMP_DIRS", Path.of("target", "it-dumps").toAbsolutePath().toString());
        environment.put("AQEA_DATA_DIR", home.resolve("data").toString());
        environment.putAll(settings);
        return builder.start();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Stops the server as systemd does (SIGTERM), and kills it when it has not stopped within two minutes. */
    static void stop(Process server) throws InterruptedException {
        List<ProcessHandle> tree = server.descendants().toList();
        server.destroy();
        if (!server.waitFor(120, TimeUnit.SECONDS)) {
            kill(server);
        }
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * {@code kill -9} of the server: the jar's launcher runs Liberty in a process of its own, which a kill of the
     * launcher alone would leave running.
     */
    static void kill(Process server) throws InterruptedException {
        List<ProcessHandle> tree = server.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        for (ProcessHandle process : tree) {
            process.onExit().join();
        }
        server.waitFor(30, TimeUnit.SECONDS);
    }
}
