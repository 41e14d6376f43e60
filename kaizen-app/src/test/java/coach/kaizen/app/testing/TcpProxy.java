package coach.kaizen.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/** A TCP door to a server that a test can cut (as a network or a database going away) and restore, on the same port. */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;
    private final int port;

    /**
     * Ports below the system's range for outgoing connections (32768 and up on Linux): a port from that
     * range, let go by {@link #cut}, can be taken by any connection made meanwhile, and then {@link #restore} fails.
     */
    private static final int LOWEST_PORT = 20_000;
    private static final int PORTS = 12_000;

    private TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = listenBelowOutgoingPorts();
    }

    private int listenBelowOutgoingPorts() {
        UncheckedIOException taken = null;
        for (int tries = 0; tries < 50; tries++) {
            try {
                return listen(LOWEST_PORT + ThreadLocalRandom.current().nextInt(PORTS));
            } catch (UncheckedIOException e) {
                taken = e;
            }
        }
        throw taken;
    }

    public static TcpProxy to(String host, int port) {
        return new TcpProxy(host, port);
    }

    public int port() {
        return port;
    }

    /** Every connection dropped, and no new one taken: the server is gone. */
    public void cut() {
        close();
    }

    /** New connections are taken again. */
    public void restore() {
        listen(port);
    }

    private int listen(int on) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), on));
            listening = server;
            daemon(() -> accept(server));
            return server.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(target);
                pipe(client, target);
                pipe(target, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed: the other goes with it
            } finally {
                quietly(from);
                quietly(to);
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        quietly(listening);
        open.forEach(TcpProxy::quietly);
        open.clear();
    }
}
