package coach.kaizen.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real HAProxy, from the machine's packages, balancing HTTP requests round robin over the given
 * instances; each answer says which one served it in {@value #SERVED_BY}. CI installs it; a
 * developer without it sees the tests that need it skipped, and CI fails instead of skipping.
 */
public final class HaProxy implements AutoCloseable {

    public static final String SERVED_BY = "X-Kaizen-Instance";
    private static final Path BINARY = Path.of(System.getenv().getOrDefault("KAIZEN_TEST_HAPROXY", "/usr/sbin/haproxy"));

    private final Process process;
    private final int port;

    private HaProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Balances over {@code instances} (http://host:port), naming them instance-1, instance-2, …. */
    public static HaProxy over(Path folder, List<String> instances) {
        requireBinary();
        int port = freePort();
        String servers = IntStream.range(0, instances.size()).mapToObj(i -> {
            URI url = URI.create(instances.get(i));
            return "    server instance-" + (i + 1) + " " + url.getHost() + ":" + url.getPort();
        }).collect(Collectors.joining("\n"));
        String config = """
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                frontend kaizen
                    bind 127.0.0.1:%d
                    default_backend apps
                backend apps
                    balance roundrobin
                    http-response set-header %s %%s
                %s
                """.formatted(port, SERVED_BY, servers);
        try {
            Path file = Files.writeString(folder.resolve("haproxy.cfg"), config);
            Process process = new ProcessBuilder(BINARY.toString(), "-db", "-f", file.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("haproxy.log").toFile()).start();
            HaProxy proxy = new HaProxy(process, port);
            proxy.awaitListening(folder);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private static void requireBinary() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the load-balancer tests, but " + BINARY + " is missing");
        }
        Assumptions.assumeTrue(present, BINARY + " is missing (apt-get install -y haproxy), so this test was skipped");
    }

    private void awaitListening(Path folder) throws IOException {
        for (int tries = 0; tries < 100; tries++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy stopped: " + Files.readString(folder.resolve("haproxy.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("haproxy did not listen on " + port);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
