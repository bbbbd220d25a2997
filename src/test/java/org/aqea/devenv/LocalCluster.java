package org.aqea.devenv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./mvnw -Pcluster}: the embedded PostgreSQL, one dispatcher on the usual ports (the build's server) and
 * two executors on ports of their own, all on this machine, sharing {@code data/work}; in the foreground until
 * Ctrl-C, which stops the three servers.
 *
 * <p>Arguments: {@code <wlp dir> <server> <data dir> <database port> <secrets dir>}.
 */
public final class LocalCluster {

    static final int EXECUTORS = 2;

    private LocalCluster() {
    }

    public static void main(String[] args) throws Exception {
        Path wlp = Path.of(args[0]).toAbsolutePath();
        String server = args[1];
        Path data = Path.of(args[2]).toAbsolutePath();
        String databasePort = args[3];
        Path secrets = Path.of(args[4]).toAbsolutePath();
        DevEnvironment.main(new String[] {data.resolve("postgres").toString(), databasePort, secrets.toString()});

        Map<String, String> shared = environment(data, secrets, databasePort);
        List<LibertyServer> servers = new ArrayList<>();
        LibertyServer dispatcher = LibertyServer.of(wlp, server);
        servers.add(dispatcher);
        for (int i = 1; i <= EXECUTORS; i++) {
            servers.add(LibertyServer.copyOf(wlp, server, server + "-executor-" + i));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (LibertyServer each : servers) {
                try {
                    each.stop();
                } catch (Exception e) {
                    System.err.println("[aqea] could not stop " + each.name() + ": " + e);
                }
            }
        }));
        dispatcher.start(withRole(shared, "dispatcher", 9080, 9443));
        for (int i = 1; i <= EXECUTORS; i++) {
            servers.get(i).start(withRole(shared, "executor", 9080 + i, 9443 + i));
        }
        System.out.printf("[aqea] local cluster: dispatcher %s on http://localhost:9080, executors %s; logs in %s;"
                + " Ctrl-C stops them%n", server, servers.subList(1, servers.size()).stream().map(LibertyServer::name).toList(),
                wlp.resolve("usr/servers"));
        Thread.currentThread().join();
    }

    /** What every server of the local cluster is given: the databases, the folders, the secrets, the keystore. */
    public static Map<String, String> environment(Path data, Path secrets, String databasePort) {
        Map<String, String> environment = new HashMap<>();
        environment.put("VARIABLE_SOURCE_DIRS", secrets.toString());
        environment.put("AQEA_DATA_DIR", data.toString());
        environment.put("AQEA_WORK_DIR", data.resolve("work").toString());
        environment.put("AQEA_CLUSTER_KEYSTORE", DevEnvironment.clusterKeystore(secrets).toString());
        if (System.getenv("AQEA_DB_URL") == null) {
            environment.put("AQEA_DB_URL", "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres");
        }
        return environment;
    }

    /** The shared environment with a server's role and ports. */
    public static Map<String, String> withRole(Map<String, String> shared, String role, int httpPort, int httpsPort) {
        Map<String, String> environment = new HashMap<>(shared);
        environment.put("AQEA_ROLE", role);
        environment.put("AQEA_HTTP_PORT", Integer.toString(httpPort));
        environment.put("AQEA_HTTPS_PORT", Integer.toString(httpsPort));
        return environment;
    }
}
