package coach.kaizen.app.steps;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static coach.kaizen.app.testing.Browser.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A check-in posted with an idempotency key (a tap queued offline and sent when the network is back,
 * perhaps twice) is saved exactly once: by the API's {@code Idempotency-Key} header and by Today's form.
 */
class IdempotentCheckInApiTest extends ApiTestBase {

    private static final String DONE = "{\"outcome\":\"DONE\",\"resistance\":2,\"note\":\"before work\"}";

    @Test
    void aRepeatGetsTheSameAnswerAndSavesOneCheckIn() {
        Person ida = api.person("ida");
        long stepId = api.step(ida, api.aim(ida, "Move more"));
        String path = "/api/v1/steps/" + stepId + "/check-ins";
        String key = "\"" + UUID.randomUUID() + "\"";

        Reply first = api.postOnce(path, ida.token(), key, DONE);
        JsonNode made = ok(first, 201);
        assertThat(made.get("date").asText()).as("no date: the person's today").isEqualTo(TODAY);
        assertThat(made.get("outcome").asText()).isEqualTo("DONE");
        // The same request, spaced and ordered differently, with the key unquoted: still the same request.
        Reply again = api.postOnce(path, ida.token(), key.replace("\"", ""),
                "{ \"note\": \"before work\", \"resistance\": 2, \"outcome\": \"DONE\" }");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());

        // A correction since, without a key, is not undone by a late repeat, which still answers as at first.
        ok(api.put(path + "/" + TODAY, ida.token(), "{\"outcome\":\"SKIPPED\"}"), 200);
        assertThat(api.postOnce(path, ida.token(), key, DONE).body()).isEqualTo(first.body());
        JsonNode list = ok(api.get(path, ida.token()), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("outcome").asText()).isEqualTo("SKIPPED");

        // Without a key, posting the day again corrects it, as a put does.
        JsonNode corrected = ok(api.post(path, ida.token(), "{\"date\":\"" + TODAY + "\",\"outcome\":\"MISSED\"}"), 200);
        assertThat(corrected.get("outcome").asText()).isEqualTo("MISSED");
        assertThat(ok(api.get(path, ida.token()), 200)).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        Person jo = api.person("jo");
        long stepId = api.step(jo, api.aim(jo, "Move more"));
        String path = "/api/v1/steps/" + stepId + "/check-ins";
        String key = UUID.randomUUID().toString();
        ok(api.postOnce(path, jo.token(), key, DONE), 201);

        problem(api.postOnce(path, jo.token(), key, "{\"outcome\":\"MISSED\"}"), 422,
                "already used for a different request");
        long otherStep = api.step(jo, api.aim(jo, "Read more"));
        problem(api.postOnce("/api/v1/steps/" + otherStep + "/check-ins", jo.token(), key, DONE), 422,
                "already used for a different request");
        assertThat(ok(api.get("/api/v1/steps/" + otherStep + "/check-ins", jo.token()), 200)).isEmpty();
        JsonNode list = ok(api.get(path, jo.token()), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("outcome").asText()).isEqualTo("DONE");
    }

    @Test
    void twoPeopleMayUseTheSameKey() {
        Person kai = api.person("kai");
        Person lu = api.person("lu");
        long kaisStep = api.step(kai, api.aim(kai, "Move more"));
        long lusStep = api.step(lu, api.aim(lu, "Move more"));
        String key = UUID.randomUUID().toString();

        ok(api.postOnce("/api/v1/steps/" + kaisStep + "/check-ins", kai.token(), key, DONE), 201);
        JsonNode lus = ok(api.postOnce("/api/v1/steps/" + lusStep + "/check-ins", lu.token(), key,
                "{\"outcome\":\"MISSED\"}"), 201);
        assertThat(lus.get("stepId").asLong()).isEqualTo(lusStep);
        assertThat(ok(api.get("/api/v1/steps/" + lusStep + "/check-ins", lu.token()), 200)).hasSize(1);
        // Another's step is not found, with a key or without. Ids are counted per person, so Kai's first step
        // has the id of Lu's own; his second has one Lu has none of.
        long kaisSecond = api.step(kai, api.aim(kai, "Read more"));
        problem(api.postOnce("/api/v1/steps/" + kaisSecond + "/check-ins", lu.token(), UUID.randomUUID().toString(),
                DONE), 404, "no step with that id");
    }

    @Test
    void aKeyThatIsNoKeyIsRefusedAndNothingIsSaved() {
        Person mo = api.person("mo");
        long stepId = api.step(mo, api.aim(mo, "Move more"));
        String path = "/api/v1/steps/" + stepId + "/check-ins";
        for (String key : new String[] {"\"\"", "a key with spaces", "k".repeat(256)}) {
            problem(api.postOnce(path, mo.token(), key, DONE), 400, "Idempotency-Key must be 1 to 255");
        }
        assertThat(ok(api.get(path, mo.token()), 200)).isEmpty();
    }

    @Test
    void todaysFormSentTwiceWithItsKeySavesOnce() {
        Person ned = api.person("ned");
        long stepId = api.step(ned, api.aim(ned, "Move more"));
        Browser browser = browser();
        Reply loggedIn = browser.post("/login", Map.of("csrf", csrf(browser.get("/login")),
                "username", ned.username(), "password", ApiClient.PASSWORD));
        assertThat(loggedIn.status()).as(loggedIn.toString()).isEqualTo(303);
        Map<String, String> form = new HashMap<>(Map.of("csrf", csrf(browser.get("/today")), "from", "today",
                "day", TODAY, "outcome", "DONE", "resistance", "3", "idempotency-key", UUID.randomUUID().toString()));

        Reply first = browser.post("/steps/" + stepId + "/check-ins", form);
        assertThat(first.status()).as(first.toString()).isEqualTo(303);
        ok(api.put("/api/v1/steps/" + stepId + "/check-ins/" + TODAY, ned.token(), "{\"outcome\":\"SKIPPED\"}"), 200);
        Reply again = browser.post("/steps/" + stepId + "/check-ins", form);
        assertThat(again.status()).as(again.toString()).isEqualTo(303);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        JsonNode list = ok(api.get("/api/v1/steps/" + stepId + "/check-ins", ned.token()), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("outcome").asText()).as("the repeat saved nothing").isEqualTo("SKIPPED");

        form.put("outcome", "MISSED");
        Reply other = browser.post("/steps/" + stepId + "/check-ins", form);
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.body()).contains("already used for a different request");
    }
}
