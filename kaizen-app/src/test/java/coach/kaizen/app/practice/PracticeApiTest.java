package coach.kaizen.app.practice;

import static coach.kaizen.app.testing.ApiClient.PASSWORD;
import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static coach.kaizen.app.testing.Browser.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Obstacles and experiments over /api/v1. */
class PracticeApiTest extends ApiTestBase {

    @Test
    void obstaclesAndExperimentsAreKeptPerPersonAndBadInputIsRefused() {
        Person max = api.person("max");
        long aim = api.aim(max, "Move more");
        long step = api.step(max, aim);
        String obstacles = "/api/v1/aims/" + aim + "/obstacles";
        problem(api.post(obstacles, max.token(), "{\"text\":\" \"}"), 400, "obstacle is required");
        JsonNode rain = ok(api.post(obstacles, max.token(), "{\"text\":\"Rain\"}"), 201);
        assertThat(rain.get("status").asText()).isEqualTo("IN_FOCUS");
        JsonNode dark = ok(api.post(obstacles, max.token(), "{\"text\":\"Dark evenings\"}"), 201);
        assertThat(dark.get("status").asText()).isEqualTo("WAITING");
        ok(api.post("/api/v1/obstacles/" + dark.get("id").asLong() + "/focus", max.token(), null), 200);
        JsonNode gone = ok(api.post("/api/v1/obstacles/" + dark.get("id").asLong() + "/removal", max.token(), null), 200);
        assertThat(gone.get("removedOn").asText()).isEqualTo(TODAY);
        problem(api.post("/api/v1/obstacles/" + dark.get("id").asLong() + "/focus", max.token(), null), 422,
                "already removed");
        assertThat(ok(api.get(obstacles, max.token()), 200)).hasSize(2);

        String experiments = "/api/v1/steps/" + step + "/experiments";
        problem(api.sendingBadInput().post(experiments, max.token(), "{\"change\":\"Mornings\"}"), 400, "kind is required");
        problem(api.sendingBadInput().post(experiments, max.token(), "{\"kind\":\"TIME\",\"change\":\"Mornings\",\"days\":99}"), 400,
                "days must be from 2 to 28");
        JsonNode trial = ok(api.post(experiments, max.token(), "{\"kind\":\"TIME\",\"change\":\"Mornings\"}"), 201);
        assertThat(trial.get("days").asInt()).isEqualTo(7);
        JsonNode listed = ok(api.get(experiments, max.token()), 200);
        assertThat(listed.get(0).get("comparison").get("after").get("dueDays").asInt())
                .as("today, nothing said yet, is no day missed").isZero();
        assertThat(listed.get(0).get("fewDays").asBoolean()).isTrue();
        String verdict = "/api/v1/experiments/" + trial.get("id").asLong() + "/verdict";
        problem(api.sendingBadInput().post(verdict, max.token(), "{\"verdict\":\"MAYBE\"}"), 400);
        problem(api.sendingBadInput().post(verdict, max.token(), "{}"), 400, "verdict is required");

        Person nia = api.person("nia");
        problem(api.get(obstacles, nia.token()), 404, "no aim with that id");
        problem(api.post(obstacles, nia.token(), "{\"text\":\"mine\"}"), 404, "no aim with that id");
        problem(api.post("/api/v1/obstacles/" + rain.get("id").asLong() + "/removal", nia.token(), null), 404);
        problem(api.get(experiments, nia.token()), 404, "no step with that id");
        problem(api.post(verdict, nia.token(), "{\"verdict\":\"KEEP\"}"), 404, "no experiment with that id");

        problem(api.post(verdict, max.token(), "{\"verdict\":\"KEEP\"}"), 422,
                "this experiment runs until 2026-11-27: keep it once its days are over, or stop it now with REVERT or "
                        + "TRY_ANOTHER");
        assertThat(ok(api.get(experiments, max.token()), 200).get(0).get("experiment").get("verdict").isNull())
                .isTrue();
    }

    @Test
    void aTrialStoppedBeforeItsDaysAreOverEndsThatDayAndMakesRoomForTheNext() {
        Person ivy = api.person("ivy");
        long step = earlierStep(ivy);
        String experiments = "/api/v1/steps/" + step + "/experiments";
        JsonNode trial = ok(apiTenDaysEarlier().post(experiments, ivy.token(),
                "{\"kind\":\"PLACE\",\"change\":\"In the park\",\"days\":28}"), 201);
        ok(apiTenDaysEarlier().put("/api/v1/steps/" + step + "/check-ins/" + EARLIER_START, ivy.token(),
                "{\"outcome\":\"DONE\"}"), 201);
        ok(apiTenDaysEarlier().post("/api/v1/experiments/" + trial.get("id").asLong() + "/verdict", ivy.token(),
                "{\"verdict\":\"TRY_ANOTHER\"}"), 200);
        JsonNode after = ok(api.get(experiments, ivy.token()), 200).get(0).get("comparison").get("after");
        assertThat(after.get("to").asText()).as("its days end where it was stopped").isEqualTo(EARLIER_START);
        assertThat(after.get("dueDays").asInt()).isEqualTo(1);

        Browser browser = signedIn(ivy);
        ok(api.post(experiments, ivy.token(), "{\"kind\":\"TIME\",\"change\":\"Mornings\",\"days\":28}"), 201);
        String running = browser.get("/steps/" + step).body();
        // Stopped on the step's first day: no days before it, said so rather than as a range of none.
        assertThat(running).contains("<td>no days planned</td>", "<td>none</td>")
                .doesNotContain("0 days planned", "days planned, Tue 10 Nov");
        assertThat(running).contains(">Stop it now</button>", "stopped on Wed 11 Nov")
                .doesNotContain(">Keep it</button>", "Start the experiment");
        String id = String.valueOf(ok(api.get(experiments, ivy.token()), 200).get(0).get("experiment").get("id")
                .asLong());
        Reply stopped = browser.post("/steps/" + step + "/experiments", Map.of("csrf", csrf(browser.get(
                "/steps/" + step)), "experimentId", id, "verdict", "REVERT"));
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(303);
        assertThat(browser.get(stopped.header("Location").orElseThrow()).body())
                .contains("Saved: what you decided is kept with the experiment below.");
        JsonNode mornings = ok(api.get(experiments, ivy.token()), 200).get(0).get("experiment");
        assertThat(mornings.get("verdict").asText()).isEqualTo("REVERT");
        assertThat(mornings.get("decidedOn").asText()).isEqualTo(TODAY);
        assertThat(browser.get("/steps/" + step).body()).contains("stopped on Sat 21 Nov", "went back to before",
                "Start the experiment").doesNotContain("Stop it now");
        JsonNode next = ok(api.post(experiments, ivy.token(), "{\"kind\":\"TIME\",\"change\":\"Evenings\"}"), 201);
        assertThat(next.get("startDay").asText()).as("today is the stopped trial's: a day counts in one trial at most")
                .isEqualTo(TOMORROW);
    }

    @Test
    void aTrialStartedAfterTodaysCheckInBeginsTomorrowAndHidesTheStartForm() {
        Person ada = api.person("ada");
        long step = api.step(ada, api.aim(ada, "Move more"));
        ok(api.put("/api/v1/steps/" + step + "/check-ins/" + TODAY, ada.token(), "{\"outcome\":\"DONE\"}"), 201);
        String experiments = "/api/v1/steps/" + step + "/experiments";
        JsonNode trial = ok(api.post(experiments, ada.token(), "{\"kind\":\"TIME\",\"change\":\"Mornings\",\"days\":3}"), 201);
        assertThat(trial.get("startDay").asText()).isEqualTo("2026-11-22");
        JsonNode after = ok(api.get(experiments, ada.token()), 200).get(0).get("comparison").get("after");
        assertThat(after.get("dueDays").asInt()).as("today's Done came before the change").isZero();
        assertThat(after.get("done").asInt()).isZero();

        Browser browser = browser();
        browser.post("/login", Map.of("csrf", csrf(browser.get("/login")), "username", ada.username(),
                "password", PASSWORD));
        String page = browser.get("/steps/" + step).body();
        assertThat(page).contains("begins tomorrow: today already counts with the days before it",
                "One experiment at a time").doesNotContain("Start the experiment", "With the change");
    }
}
