package coach.kaizen.app.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** /metrics on a port of its own, apart from the app's pages: the JDK's small server, one thread. */
public final class MetricsServer implements AutoCloseable {

    private final HttpServer server;

    private MetricsServer(HttpServer server) {
        this.server = server;
    }

    public static MetricsServer start(String host, int port, Watch watch, MetricsAccess access) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            server.createContext("/metrics", exchange -> answer(exchange, watch, access));
            server.start();
            return new MetricsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the metrics on " + host + ":" + port, e);
        }
    }

    private static void answer(HttpExchange exchange, Watch watch, MetricsAccess access) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/metrics")
                    || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!access.allows(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                exchange.sendResponseHeaders(401, -1);
            } else {
                byte[] body = watch.scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", MetricsPage.CONTENT_TYPE);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
