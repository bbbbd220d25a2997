package org.aqea.devenv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** An application server of the build (Liberty or WildFly) as the crash tests and the local tools drive it. */
public interface ServerProcess {

    /** Starts the server in the background with these variables besides this process's environment. */
    void start(Map<String, String> environment) throws IOException, InterruptedException;

    /** Stops the server as an operator does. */
    void stop() throws IOException, InterruptedException;

    /** The server's JVM, while it runs. */
    Optional<ProcessHandle> process();

    /** {@code kill -9}: the server dies as in a power loss, nothing of it runs on. */
    default void kill() {
        Optional<ProcessHandle> process = process();
        if (process.isPresent()) {
            process.get().destroyForcibly();
            process.get().onExit().join();
        }
    }

    /** Where the server logs. */
    Path log();

    /**
     * The build's server the integration tests run against: WildFly when the system property {@code aqea.server} says
     * {@code wildfly} ({@code aqea.wildfly.home}), else Liberty ({@code aqea.wlp.dir}, server {@code aqea}).
     */
    static ServerProcess underTest() {
        if (wildFlyUnderTest()) {
            return WildFlyServer.of(Path.of(System.getProperty("aqea.wildfly.home")));
        }
        return LibertyServer.of(Path.of(System.getProperty("aqea.wlp.dir")), "aqea");
    }

    /** Whether the integration tests run against WildFly (system property {@code aqea.server=wildfly}). */
    static boolean wildFlyUnderTest() {
        return "wildfly".equals(System.getProperty("aqea.server"));
    }
}
