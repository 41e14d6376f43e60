package coach.kaizen.app.scale;

import static coach.kaizen.app.testing.ApiClient.json;
import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.Browser;
import coach.kaizen.app.testing.HaProxy;
import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out as an operator runs it: two instances of the app on one PostgreSQL database behind a
 * real HAProxy that sends each request to the next instance. A person signs in, walks the day's
 * session and checks in, page and API alike, and nothing depends on which instance answers.
 */
@RequiresPostgres
class TwoInstancesBehindHaProxyTest {

    /** Tuesday 2 June 2026, 09:00 in Paris. */
    private static final Instant TUESDAY = Instant.parse("2026-06-02T07:00:00Z");
    private static final String TODAY = "2026-06-02";

    @TempDir
    Path folder;

    private final List<String> servedBy = new ArrayList<>();

    @Test
    void aDayWalkedThroughTheBalancerIsTheSameDayOnBothInstances() {
        TestClock clock = new TestClock(TUESDAY);
        try (TestDatabase database = TestDatabases.postgres(); App first = start(database, clock);
                App second = start(database, clock);
                HaProxy balancer = HaProxy.over(folder, List.of(first.url(), second.url()))) {
            ApiClient api = new ApiClient(balancer.url());
            Person ana = api.person("ana");
            long aimId = api.aim(ana, "Move more");
            long walk = api.step(ana, aimId);
            long read = api.step(ana, aimId, "{\"action\":\"Read\",\"amount\":2,\"unit\":\"pages\"}");

            answered(api.post("/api/v1/session/arrive", ana.token(), "{\"energy\":7,\"stress\":3}"), 200);
            answered(api.post("/api/v1/session/parts/today/next", ana.token(), null), 200);
            answered(api.post("/api/v1/session/question", ana.token(), json(Map.of("answer", "Shoes by the door"))),
                    200);
            JsonNode finished = answered(api.post("/api/v1/session/finish", ana.token(), null), 200);
            assertThat(finished.get("finished").asBoolean()).as(finished.toString()).isTrue();

            answered(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, ana.token(),
                    json(Map.of("outcome", "DONE", "amount", 5, "resistance", 3))), 201);
            answered(api.put("/api/v1/steps/" + read + "/check-ins/" + TODAY, ana.token(),
                    json(Map.of("outcome", "DONE", "amount", 2))), 201);
            answered(api.put("/api/v1/steps/" + read + "/check-ins/" + TODAY, ana.token(),
                    json(Map.of("outcome", "DONE", "amount", 3, "note", "a longer chapter"))), 200);
            for (int asked = 0; asked < 4; asked++) {
                JsonNode today = answered(api.get("/api/v1/today", ana.token()), 200);
                assertThat(today.findValuesAsText("action")).containsExactlyInAnyOrder("Walk", "Read");
                assertThat(today.findValuesAsText("checkedIn")).as(today.toString()).contains("DONE");
            }
            JsonNode days = answered(api.get("/api/v1/steps/" + read + "/check-ins", ana.token()), 200);
            assertThat(days.findValuesAsText("amount")).as("the correction, whichever instance took it").contains("3.0");
            JsonNode journal = answered(api.get("/api/v1/journal", ana.token()), 200);
            assertThat(journal.findValuesAsText("answer")).containsExactly("Shoes by the door");

            Browser browser = new Browser(balancer.url());
            Reply login = page(browser.get("/login"), 200);
            page(browser.post("/login", Map.of("csrf", Browser.csrf(login), "username", ana.username(),
                    "password", ApiClient.PASSWORD)), 303);
            for (int asked = 0; asked < 4; asked++) {
                assertThat(page(browser.get("/today"), 200).body()).as("signed in on every instance").contains("Walk").contains("Read");
            }

            assertThat(servedBy).as("every answer came through the balancer").doesNotContainNull();
            assertThat(servedBy).contains("instance-1", "instance-2");
            long alternations = IntStream.range(1, servedBy.size())
                    .filter(i -> !servedBy.get(i).equals(servedBy.get(i - 1))).count();
            assertThat(alternations).as("requests alternate between the instances: " + servedBy)
                    .isGreaterThanOrEqualTo(servedBy.size() / 2);
        }
    }

    /** An API answer with this status, noting which instance served it; its body. */
    private JsonNode answered(Reply reply, int status) {
        return ok(page(reply, status), status);
    }

    /** A page (or any answer) with this status, noting which instance served it. */
    private Reply page(Reply reply, int status) {
        servedBy.add(reply.header(HaProxy.SERVED_BY).orElse(null));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    private static App start(TestDatabase database, TestClock clock) {
        Map<String, String> env = new HashMap<>(System.getenv());
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", null, database.url()), env), clock);
    }
}
