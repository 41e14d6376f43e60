package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.json;
import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.app.testing.TestDatabases.RestartableServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL server itself stopped ({@code -m fast}: its sessions ended, open transactions rolled back)
 * and started again while people check in: every answer is a 2xx or a prompt 503 with Retry-After, /health
 * says unreachable meanwhile, the app takes check-ins again by itself, and every check-in acknowledged is
 * there afterwards. It runs on a server of its own (KAIZEN_TEST_PG_RESTART_URL), so nobody else's stops.
 */
@RequiresPostgres(restartableServer = true)
class PostgresRestartTest {

    private static final String DAY = "2026-11-21";
    private static final int PEOPLE = 3;
    private static final int STEPS_EACH = 3;
    /** The pool waits 2 s for a connection: a refusal should come well before a client gives up. */
    private static final long PROMPT_MILLIS = 5_000;

    @Test
    void checkInsGoOnAcrossARestartAndNoAcknowledgedOneIsLost() throws Exception {
        RestartableServer server = TestDatabases.restartableServer().orElseThrow();
        try (TestDatabase database = TestDatabases.postgres(server.url());
                App app = App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", null, database.url()),
                        System.getenv()), Clock.fixed(Instant.parse(DAY + "T09:00:00Z"), ZoneOffset.UTC))) {
            ApiClient api = new ApiClient(app.url());
            List<StepWrites> steps = new ArrayList<>();
            List<Writer> writers = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                Person person = api.person("restart");
                long aimId = api.aim(person, "Move more");
                List<StepWrites> own = new ArrayList<>();
                for (int s = 0; s < STEPS_EACH; s++) {
                    own.add(new StepWrites(person, api.step(person, aimId)));
                }
                steps.addAll(own);
                writers.add(new Writer(api, own));
            }
            writers.forEach(Writer::start);
            Thread.sleep(1_000);
            long acknowledgedBefore = acknowledged(steps);

            control(server, "stop", "-m", "fast");
            Thread.sleep(3_000);
            Reply health = api.get("/health", null);
            assertThat(health.status()).as(health.toString()).isEqualTo(503);
            assertThat(health.body()).contains("\"reason\":\"unreachable\"");
            long refusedWhileDown = refused(writers);

            control(server, "start");
            long back = System.nanoTime();
            while (api.get("/health", null).status() != 200) {
                assertThat(System.nanoTime() - back).as("healthy again by itself within 30 s")
                        .isLessThan(TimeUnit.SECONDS.toNanos(30));
                Thread.sleep(200);
            }
            long acknowledgedAfterRestart = acknowledged(steps);
            Thread.sleep(1_000);
            for (Writer writer : writers) {
                writer.finish();
            }

            assertThat(acknowledgedBefore).as("check-ins acknowledged before the stop").isPositive();
            assertThat(refusedWhileDown).as("503s while the server was down").isPositive();
            assertThat(acknowledged(steps)).as("check-ins acknowledged once it was back")
                    .isGreaterThan(acknowledgedAfterRestart);
            for (Writer writer : writers) {
                assertThat(writer.surprises).as("answers other than 2xx or a prompt 503 with Retry-After").isEmpty();
            }
            for (StepWrites step : steps) {
                assertThat(step.possible()).as("step %d: what it may hold", step.id).contains(kept(api, step));
            }
        }
    }

    /** Runs {@code KAIZEN_TEST_PG_CTL} with these words added, and waits for it. */
    private static void control(RestartableServer server, String... words) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(server.control());
        command.addAll(List.of(words));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(command + ": " + said).isZero();
    }

    private static Optional<String> kept(ApiClient api, StepWrites step) {
        JsonNode list = ok(api.get("/api/v1/steps/" + step.id + "/check-ins?from=" + DAY + "&to=" + DAY,
                step.person.token()), 200);
        assertThat(list.size()).as("one check-in a day at most").isLessThanOrEqualTo(1);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0).get("note").asText());
    }

    private static long acknowledged(List<StepWrites> steps) {
        return steps.stream().mapToLong(step -> step.acknowledgedCount.get()).sum();
    }

    private static long refused(List<Writer> writers) {
        return writers.stream().mapToLong(writer -> writer.refused.get()).sum();
    }

    /**
     * One step, written by one thread: the last check-in acknowledged (by its note, each one unique), and
     * those sent since whose fate the answer left open. A write refused as "not saved" is never among them.
     */
    private static final class StepWrites {
        final Person person;
        final long id;
        final AtomicLong acknowledgedCount = new AtomicLong();
        volatile Optional<String> acknowledged = Optional.empty();
        final Set<String> unsure = new HashSet<>();

        StepWrites(Person person, long id) {
            this.person = person;
            this.id = id;
        }

        synchronized Set<Optional<String>> possible() {
            Set<Optional<String>> possible = new HashSet<>(Set.of(acknowledged));
            unsure.forEach(note -> possible.add(Optional.of(note)));
            return possible;
        }

        synchronized void answered(String note, Reply reply) {
            if (reply.status() == 200 || reply.status() == 201) {
                acknowledged = Optional.of(note);
                unsure.clear();
                acknowledgedCount.incrementAndGet();
            } else if (reply.status() == 503 && !reply.body().contains("was not saved")) {
                unsure.add(note);
            }
        }
    }

    /** One person checking in on their steps in turn, as fast as answers come, until told to finish. */
    private static final class Writer extends Thread {
        private final ApiClient api;
        private final List<StepWrites> steps;
        private final AtomicBoolean going = new AtomicBoolean(true);
        final AtomicLong refused = new AtomicLong();
        final ConcurrentLinkedQueue<String> surprises = new ConcurrentLinkedQueue<>();

        Writer(ApiClient api, List<StepWrites> steps) {
            this.api = api;
            this.steps = steps;
        }

        @Override
        public void run() {
            for (int n = 0; going.get(); n++) {
                StepWrites step = steps.get(n % steps.size());
                String note = "write " + n + " of step " + step.id;
                try {
                    checkIn(step, note, n % 3 == 0 ? "MISSED" : "DONE");
                } catch (AssertionError | RuntimeException e) {
                    surprises.add(e.toString()); // an answer the API document does not describe, or none
                    return;
                }
            }
        }

        private void checkIn(StepWrites step, String note, String outcome) {
            long sent = System.nanoTime();
            Reply reply = api.put("/api/v1/steps/" + step.id + "/check-ins/" + DAY, step.person.token(),
                    json(Map.of("outcome", outcome, "note", note)));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            step.answered(note, reply);
            if (reply.status() == 503 && reply.header("Retry-After").isPresent() && millis < PROMPT_MILLIS) {
                refused.incrementAndGet();
            } else if (reply.status() != 200 && reply.status() != 201) {
                surprises.add(millis + " ms: " + reply);
            }
        }

        void finish() throws InterruptedException {
            going.set(false);
            join(TimeUnit.SECONDS.toMillis(30));
        }
    }
}
