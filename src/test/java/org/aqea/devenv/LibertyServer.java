package org.aqea.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One Liberty server of the build's runtime ({@code target/liberty/wlp}), started and stopped with Liberty's own
 * script, its settings given as environment variables: the servers of a local cluster and of the cluster tests.
 * A server other than the build's own is a copy of it (configuration, driver, the application).
 */
public final class LibertyServer implements ServerProcess {

    /** Its logs, caches, messaging engine store and transaction log: the copy starts with none. */
    private static final List<String> NOT_COPIED = List.of("logs", "workarea", "apps/expanded", "messaging", "tranlog");

    private final Path wlp;
    private final String name;

    private LibertyServer(Path wlp, String name) {
        this.wlp = wlp;
        this.name = name;
    }

    /** The build's server itself. */
    public static LibertyServer of(Path wlp, String name) {
        return new LibertyServer(wlp, name);
    }

    /** A fresh copy of {@code template} named {@code name} (an earlier copy is replaced). */
    public static LibertyServer copyOf(Path wlp, String template, String name) throws IOException {
        Path servers = wlp.resolve("usr/servers");
        Path from = servers.resolve(template);
        Path to = servers.resolve(name);
        deleteRecursively(to);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                String relative = from.relativize(path).toString();
                if (NOT_COPIED.stream().anyMatch(skip -> relative.equals(skip) || relative.startsWith(skip + "/"))) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new LibertyServer(wlp, name);
    }

    public String name() {
        return name;
    }

    @Override
    public Path log() {
        return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
    }

    /**
     * Starts the server in the background with these variables (besides this process's environment). Always clean:
     * Liberty keeps the features it resolved and would not see that another role includes other features.
     */
    @Override
    public void start(Map<String, String> environment) throws IOException, InterruptedException {
        run("start", environment, "--clean");
    }

    /** Stops the server as an operator does (running executions end STOPPED). */
    @Override
    public void stop() throws IOException, InterruptedException {
        run("stop", Map.of());
    }

    @Override
    public Optional<ProcessHandle> process() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(this::isThisServer).orElse(false))
                .findFirst();
    }

    private boolean isThisServer(String[] arguments) {
        boolean liberty = false;
        for (String argument : arguments) {
            liberty |= argument.endsWith("ws-server.jar");
        }
        return liberty && List.of(arguments).contains(name);
    }

    private void run(String action, Map<String, String> environment, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(wlp.resolve("bin/server").toString(), action, name));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        // server stop answers 1 when the server was not running: nothing to stop is no failure.
        if (exit != 0 && !(action.equals("stop") && exit == 1)) {
            throw new IOException("server " + action + " " + name + " ended with " + exit + "; see " + log());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
