package org.aqea.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A PostgreSQL with pgvector on this machine for the tests: PGlite (PostgreSQL compiled to WebAssembly, from npm, with
 * its pgvector build) behind its socket server, installed by {@code npm ci} in {@code src/test/pgvector}. PGlite is one
 * session: every connection shares it, so the data source hands out one connection, and statements are not prepared
 * by name (two connections' names would meet in the one session).
 */
public final class Pglite implements AutoCloseable {

    public static final Path TOOLS = Path.of("src", "test", "pgvector");
    private static final Path SERVER = TOOLS.resolve("node_modules/@electric-sql/pglite-socket/dist/scripts/server.js");

    private final Process process;
    private final Connection connection;

    private Pglite(Process process, Connection connection) {
        this.process = process;
        this.connection = connection;
    }

    /** Whether {@code npm ci} has installed it in {@link #TOOLS}. */
    public static boolean installed() {
        return Files.isRegularFile(SERVER);
    }

    /** A new, empty database with the pgvector extension installed, on a free port of 127.0.0.1. */
    public static Pglite start() throws IOException, InterruptedException, SQLException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process process = new ProcessBuilder("node", SERVER.toAbsolutePath().toString(), "--host=127.0.0.1", "--port=" + port,
                "--extensions=@electric-sql/pglite-pgvector:vector").directory(TOOLS.toFile()).redirectErrorStream(true).start();
        CountDownLatch listening = new CountDownLatch(1);
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.contains("listening")) {
                        listening.countDown();
                    }
                }
            } catch (IOException ended) {
                // the process was stopped
            }
        }, "pglite-output");
        reader.setDaemon(true);
        reader.start();
        if (!listening.await(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            synchronized (output) {
                throw new IllegalStateException("PGlite did not start within two minutes:\n" + output);
            }
        }
        Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port
                + "/postgres?prepareThreshold=0", "postgres", "");
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION vector");
        }
        return new Pglite(process, connection);
    }

    /**
     * A data source whose connections are the one connection of the session: closing one leaves it open and, as a
     * pool does, in auto-commit.
     */
    public DataSource dataSource() {
        Connection shared = (Connection) Proxy.newProxyInstance(Pglite.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        // As a pool takes a connection back: what was left open is rolled back.
                        if (!connection.getAutoCommit()) {
                            connection.rollback();
                            connection.setAutoCommit(true);
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(Pglite.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("getConnection")) {
                        return shared;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public void close() throws SQLException, InterruptedException {
        try {
            connection.close();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
