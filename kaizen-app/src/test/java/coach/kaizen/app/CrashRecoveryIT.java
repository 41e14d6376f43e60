package coach.kaizen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar under concurrent check-ins and corrections, killed with SIGKILL at random
 * moments and started again on the same data, several times: every write it acknowledged (a 2xx
 * received) is there with the values sent, and a write it never acknowledged is there whole or
 * not at all — the check-in as sent and the step's strength worked out from it, never one
 * without the other.
 */
class CrashRecoveryIT {

    private static final Path JAR = Path.of("target", "kaizen.jar");
    private static final Pattern URL = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WALK = "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\"}";
    private static final int PEOPLE = 4;
    private static final int STEPS_EACH = 4;
    private static final int ROUNDS = 4;

    @TempDir
    Path folder;

    private final Random random = new Random();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void onSqlite() throws Exception {
        crashAndRecover(List.of("--data-dir", folder.resolve("data").toString()));
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {

        @Test
        void acknowledgedWritesSurviveKills() throws Exception {
            // A schema of its own, dropped at the end; the jar finds it migrated already.
            try (TestDatabase database = TestDatabases.postgres()) {
                crashAndRecover(List.of("--db-url", database.url()));
            }
        }
    }

    private void crashAndRecover(List<String> database) throws Exception {
        Server server = Server.start(folder, database);
        List<Person> people = new ArrayList<>();
        try {
            for (int i = 0; i < PEOPLE; i++) {
                people.add(person(server.url, i));
            }
            int acknowledged = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                acknowledged += writeUntilKilled(server, people, round);
                server = Server.start(folder, database);
                for (Person person : people) {
                    for (StepWrites step : person.steps) {
                        checkKept(server.url, person, step);
                    }
                }
            }
            assertThat(acknowledged).as("writes acknowledged across the rounds").isGreaterThan(ROUNDS * PEOPLE);
        } finally {
            server.stop();
        }
    }

    /** Every person writing at once, until the server is killed at a random moment; the writes acknowledged. */
    private int writeUntilKilled(Server server, List<Person> people, int round) throws Exception {
        ConcurrentLinkedQueue<String> surprises = new ConcurrentLinkedQueue<>();
        List<Thread> writers = new ArrayList<>();
        int[] acknowledged = new int[people.size()];
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            int index = i;
            Random own = new Random(random.nextLong());
            Thread writer = new Thread(() -> {
                for (int n = 0; ; n++) {
                    StepWrites step = person.steps.get(own.nextInt(person.steps.size()));
                    Write write = Write.random(own, "round " + round + ", write " + n);
                    step.lost = Optional.of(write);
                    HttpResponse<String> answer;
                    try {
                        answer = send(server.url, "PUT", "/api/v1/steps/" + step.id + "/check-ins/" + step.day,
                                person.token, write.json());
                    } catch (IOException | InterruptedException e) {
                        return; // killed: this write stays "lost", whether or not it was saved
                    }
                    if (answer.statusCode() != 200 && answer.statusCode() != 201) {
                        surprises.add(answer.statusCode() + " " + answer.body());
                        return;
                    }
                    step.acknowledged = Optional.of(write);
                    step.lost = Optional.empty();
                    acknowledged[index]++;
                }
            });
            writer.start();
            writers.add(writer);
        }
        Thread.sleep(1_000 + random.nextInt(2_500));
        server.kill();
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(surprises).as("answers other than 200 and 201 before the kill").isEmpty();
        return Arrays.stream(acknowledged).sum();
    }

    /**
     * The step's check-in is the last one acknowledged, or the one sent after it that got no
     * answer; and the step's strength is what that check-in makes it.
     */
    private void checkKept(String url, Person person, StepWrites step) throws Exception {
        HttpResponse<String> listed = send(url, "GET", "/api/v1/steps/" + step.id + "/check-ins?from=" + step.day
                + "&to=" + step.day, person.token, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode list = JSON.readTree(listed.body());
        assertThat(list.size()).as("one check-in a day at most").isLessThanOrEqualTo(1);
        Optional<Write> kept = list.isEmpty() ? Optional.empty() : Optional.of(Write.of(list.get(0)));
        Set<Optional<Write>> allowed = new HashSet<>(List.of(step.acknowledged));
        step.lost.ifPresent(write -> allowed.add(Optional.of(write)));
        assertThat(allowed).as("step %d: acknowledged %s, unanswered %s", step.id, step.acknowledged, step.lost)
                .contains(kept);
        if (kept.isPresent()) {
            assertThat(strength(url, person, step)).as("step %d's strength after %s", step.id, kept.get())
                    .isCloseTo(expectedStrength(step, kept.get()), offset(1e-9));
        }
        step.acknowledged = kept;
        step.lost = Optional.empty();
    }

    private double strength(String url, Person person, StepWrites step) throws Exception {
        HttpResponse<String> today = send(url, "GET", "/api/v1/today", person.token, null);
        assertThat(today.statusCode()).as(today.body()).isEqualTo(200);
        for (JsonNode due : JSON.readTree(today.body())) {
            if (due.get("stepId").asLong() == step.id) {
                return due.get("strength").asDouble();
            }
        }
        throw new AssertionError("step " + step.id + " is not on today: " + today.body());
    }

    /** A step made as {@link #WALK}, with this one check-in on its first day, worked out by the core. */
    private static double expectedStrength(StepWrites step, Write kept) {
        StepDraft draft = StepDraft.of("Walk", 5.0, "minutes", null, null, null, null, null, null);
        Step made = new Step(step.id, 0, draft.action(), draft.sizing(), null, draft.schedule(), step.day);
        Engine engine = Engine.standard();
        CheckIn checkIn = new CheckIn(step.day, kept.outcome, kept.amount, kept.resistance, kept.note);
        return StepProgress.start(engine, made).record(engine, made, checkIn, Readiness.UNKNOWN).strength().value();
    }

    private Person person(String url, int index) throws Exception {
        String username = "crash" + index + "-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode signUp = JSON.createObjectNode().put("username", username).put("password", "a long secret")
                .put("timeZone", "UTC");
        assertThat(send(url, "POST", "/api/v1/signup", null, signUp.toString()).statusCode()).isEqualTo(201);
        HttpResponse<String> token = send(url, "POST", "/api/v1/tokens", null,
                JSON.createObjectNode().put("username", username).put("password", "a long secret")
                        .put("name", "crash test").toString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        Person person = new Person(JSON.readTree(token.body()).get("token").asText(), new ArrayList<>());
        HttpResponse<String> aim = send(url, "POST", "/api/v1/aims", person.token,
                "{\"title\":\"Move more\",\"kind\":\"BUILD\"}");
        assertThat(aim.statusCode()).as(aim.body()).isEqualTo(201);
        long aimId = JSON.readTree(aim.body()).get("id").asLong();
        for (int i = 0; i < STEPS_EACH; i++) {
            HttpResponse<String> step = send(url, "POST", "/api/v1/aims/" + aimId + "/steps", person.token, WALK);
            assertThat(step.statusCode()).as(step.body()).isEqualTo(201);
            JsonNode made = JSON.readTree(step.body());
            person.steps.add(new StepWrites(made.get("id").asLong(), LocalDate.parse(made.get("startDay").asText())));
        }
        return person;
    }

    private HttpResponse<String> send(String url, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path.substring(1)))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Person(String token, List<StepWrites> steps) {
    }

    /** One step, written by one thread only: its day, the last write acknowledged, and the one sent since without an answer. */
    private static final class StepWrites {
        final long id;
        final LocalDate day;
        volatile Optional<Write> acknowledged = Optional.empty();
        volatile Optional<Write> lost = Optional.empty();

        StepWrites(long id, LocalDate day) {
            this.id = id;
            this.day = day;
        }
    }

    /** A check-in as sent and as read back. */
    private record Write(Outcome outcome, Double amount, Integer resistance, String note) {

        static Write random(Random random, String note) {
            Outcome outcome = List.of(Outcome.DONE, Outcome.DONE, Outcome.MISSED, Outcome.SKIPPED)
                    .get(random.nextInt(4));
            boolean done = outcome == Outcome.DONE;
            return new Write(outcome, done ? (double) (1 + random.nextInt(60)) : null,
                    done ? random.nextInt(11) : null, note);
        }

        static Write of(JsonNode checkIn) {
            return new Write(Outcome.valueOf(checkIn.get("outcome").asText()),
                    checkIn.get("amount").isNull() ? null : checkIn.get("amount").asDouble(),
                    checkIn.get("resistance").isNull() ? null : checkIn.get("resistance").asInt(),
                    checkIn.get("note").asText());
        }

        String json() {
            return JSON.createObjectNode().put("outcome", outcome.name()).put("amount", amount)
                    .put("resistance", resistance).put("note", note).toString();
        }
    }

    /** {@code java -jar kaizen.jar serve}: the JVM itself is the process, so killing it is a SIGKILL to the server. */
    private record Server(Process process, String url) {

        static Server start(Path folder, List<String> database) throws Exception {
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toAbsolutePath().toString(),
                    "serve", "--port", "0"));
            command.addAll(database);
            Path log = Files.createTempFile(folder, "serve-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("KAIZEN_")
                    && !name.equals("KAIZEN_DB_USER") && !name.equals("KAIZEN_DB_PASSWORD"));
            Process process = builder.start();
            assertThat(process.info().command()).as("the process is the JVM, not a wrapper")
                    .contains(javaBinary());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                Matcher matcher = URL.matcher(Files.readString(log));
                if (matcher.find()) {
                    return new Server(process, matcher.group(1));
                }
                assertThat(process.isAlive()).as("serve is running: %s", Files.readString(log)).isTrue();
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new AssertionError("serve printed no URL in 90 s: " + Files.readString(log));
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
            assertThat(process.exitValue()).as("ended by SIGKILL (128 + 9)").isEqualTo(137);
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        private static String javaBinary() {
            return ProcessHandle.current().info().command().orElse("java");
        }
    }
}
