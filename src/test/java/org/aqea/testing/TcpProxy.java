package org.aqea.testing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback for fault tests: forwards every connection to a target until {@link #cut()}, which drops
 * the live connections and refuses new ones (as an unreachable database server would), until {@link #restore()}.
 */
public final class TcpProxy implements Closeable {

    private final InetSocketAddress listen;
    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    public TcpProxy(InetSocketAddress listen, InetSocketAddress target) {
        if (!listen.getAddress().isLoopbackAddress() || !target.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("fault tests stay on loopback: " + listen + " -> " + target);
        }
        this.listen = listen;
        this.target = target;
    }

    /** Parses {@code 127.0.0.1:15434->127.0.0.1:15433}. */
    public static TcpProxy parse(String spec) {
        String[] ends = spec.split("->");
        if (ends.length != 2) {
            throw new IllegalArgumentException("a proxy is 'listen-host:port->target-host:port', not '" + spec + "'");
        }
        return new TcpProxy(address(ends[0]), address(ends[1]));
    }

    private static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return new InetSocketAddress(hostAndPort.substring(0, colon).trim(), Integer.parseInt(hostAndPort.substring(colon + 1).trim()));
    }

    public synchronized void restore() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(listen);
        server = socket;
        Thread acceptor = new Thread(() -> accept(socket), "proxy-accept-" + listen.getPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public synchronized void cut() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    public boolean isCut() {
        return server == null;
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target, 5_000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed by cut()
            }
        }
    }

    private void pump(Socket from, Socket to) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection dropped, on either side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
