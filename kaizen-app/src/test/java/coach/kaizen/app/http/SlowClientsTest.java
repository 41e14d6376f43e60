package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A few hundred clients that send their headers, then their body a byte every two seconds (the
 * oldest way to starve a server of threads), hold nobody up: a signed-in person's Today answers
 * while they trickle, and each of them is cut off, answered 408 where an answer still fits.
 * Real sockets; one thread writes for them all.
 */
class SlowClientsTest extends ApiTestBase {

    private static final int TRICKLING = 260;
    /** Not a speed target: only that an answer comes at all while the trickling goes on. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);
    /** Longer than the longest a body may take to start coming in (10 s), with room for a busy machine. */
    private static final Duration CUT_WITHIN = Duration.ofSeconds(60);

    @Test
    void bodiesThatTrickleInHoldNobodyUpAndAreCutOff() throws Exception {
        Person sam = api.person("sam");
        api.step(sam, api.aim(sam, "Move more"));
        Browser browser = signedIn(sam);
        List<Trickle> trickles = new ArrayList<>();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < TRICKLING; i++) {
                trickles.add(Trickle.open(i % 2 == 0 ? "/login" : "/api/v1/signup"));
            }
            CountDownLatch twoBytesEach = new CountDownLatch(2);
            writer.scheduleWithFixedDelay(() -> {
                trickles.forEach(Trickle::oneMoreByte);
                twoBytesEach.countDown();
            }, 0, 2, TimeUnit.SECONDS);
            assertThat(twoBytesEach.await(30, TimeUnit.SECONDS)).isTrue();

            Reply today = browser.within(ANSWERED_WITHIN).get("/today");
            assertThat(today.status()).as(today.toString()).isEqualTo(200);
            assertThat(today.body()).contains("Walk");
            assertThat(ok(api.within(ANSWERED_WITHIN).get("/api/v1/today", sam.token()), 200).toString())
                    .contains("\"action\":\"Walk\"");

            long cutBy = System.nanoTime() + CUT_WITHIN.toNanos();
            for (Trickle trickle : trickles) {
                String answer = trickle.answerUntilCut(cutBy);
                // Cut after the 408 was read, or before (when a byte crossed the close): never another answer.
                assertThat(answer).as("what a trickling client was told").matches("(?s)(HTTP/1.1 408 .*)?");
            }
            assertThat(trickles.stream().map(trickle -> trickle.answered.toString(StandardCharsets.UTF_8))
                    .filter(answer -> answer.startsWith("HTTP/1.1 408"))).as("the trickling clients answered 408")
                    .isNotEmpty().allSatisfy(answer -> assertThat(answer).contains("Connection: close",
                            "application/problem+json", "This request came in too slowly to be read"));
        } finally {
            writer.shutdownNow();
            for (Trickle trickle : trickles) {
                trickle.socket.close();
            }
        }
    }

    /** One slow client: its headers sent whole, a body of 1000 bytes promised, one byte sent at a time. */
    private record Trickle(Socket socket, ByteArrayOutputStream answered) {

        static Trickle open(String path) throws IOException {
            URI app = URI.create(url());
            Socket socket = new Socket(app.getHost(), app.getPort());
            String type = path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + app.getAuthority()
                    + "\r\nContent-Type: " + type + "\r\nContent-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new Trickle(socket, new ByteArrayOutputStream());
        }

        /** A client that has been answered (or cut) sends no more. */
        void oneMoreByte() {
            try {
                if (answered.size() == 0 && socket.getInputStream().available() == 0) {
                    socket.getOutputStream().write('a');
                }
            } catch (IOException cut) {
                // the server closed the connection first; answerUntilCut reads what it said
            }
        }

        /** Everything the server said before it closed the connection; fails when it is still open at {@code cutBy}. */
        String answerUntilCut(long cutBy) throws IOException {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(cutBy - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("a trickling client still connected after " + CUT_WITHIN);
                }
                socket.setSoTimeout((int) left);
                int read;
                try {
                    read = in.read(buffer);
                } catch (SocketTimeoutException stillOpen) {
                    continue;
                } catch (IOException reset) {
                    read = -1;
                }
                if (read < 0) {
                    return answered.toString(StandardCharsets.ISO_8859_1);
                }
                answered.write(buffer, 0, read);
            }
        }
    }
}
