package coach.kaizen.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook on this machine (the JDK's own HTTP server): it keeps every JSON body posted to it.
 * It can be slow to answer, or answer 503 to the first few tries, to stand for a relay having a bad moment.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tries = new AtomicInteger();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        return start(Duration.ZERO, 0);
    }

    /** Answers each try after {@code delay}; the first {@code refusals} tries get a 503 and are not kept. */
    public static WebhookReceiver start(Duration delay, int refusals) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int attempt = receiver.tries.incrementAndGet();
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (attempt > refusals) {
                    receiver.received.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
                }
                exchange.sendResponseHeaders(attempt > refusals ? 200 : 503, -1);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its address, with a path and a query that stand for a secret topic. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/secret-topic?token=hush");
    }

    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** Every try that reached it, kept or not. */
    public int tries() {
        return tries.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
