package coach.kaizen.app.recovery;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** /api/v1/safety-plan and /api/v1/strengths: one's own, and no one else's. */
class SafetyApiTest extends ApiTestBase {

    @Test
    void theSafetyPlanAndStrengthsAreOnesOwn() {
        Person ida = api.person("ida");
        assertThat(ok(api.get("/api/v1/safety-plan", ida.token()), 200).get("coping").isNull()).isTrue();
        JsonNode plan = ok(api.put("/api/v1/safety-plan", ida.token(),
                "{\"warningSigns\":\"Not sleeping\",\"helpers\":\"Sam 0123\"}"), 200);
        assertThat(plan.get("warningSigns").asText()).isEqualTo("Not sleeping");
        assertThat(fieldNames(plan)).containsExactlyInAnyOrder("warningSigns", "coping", "distractions", "helpers",
                "professionals", "safeSurroundings");
        problem(api.sendingBadInput().put("/api/v1/safety-plan", ida.token(), "{\"coping\":\"" + "x".repeat(2001) + "\"}"), 400,
                "coping can be at most 2000 characters");
        problem(api.sendingBadInput().put("/api/v1/safety-plan", ida.token(), "{\"plan\":\"x\"}"), 400, "unknown field 'plan'");
        problem(api.sendingBadInput().put("/api/v1/safety-plan", ida.token(), "{\"coping\":5}"), 400,
                "'coping' must be text in quotes, not 5");
        assertThat(ok(api.get("/api/v1/safety-plan", ida.token()), 200).get("helpers").asText()).isEqualTo("Sam 0123");

        long courage = ok(api.post("/api/v1/strengths", ida.token(),
                "{\"name\":\"Courage\",\"evidence\":\"I asked for help\"}"), 201).get("id").asLong();
        problem(api.post("/api/v1/strengths", ida.token(), "{\"name\":\"\"}"), 400, "strength is required");
        Person jo = api.person("jo");
        assertThat(ok(api.get("/api/v1/strengths", jo.token()), 200)).isEmpty();
        assertThat(ok(api.get("/api/v1/safety-plan", jo.token()), 200).get("warningSigns").isNull()).isTrue();
        problem(api.delete("/api/v1/strengths/" + courage, jo.token()), 404, "no strength with that id");
        assertThat(api.delete("/api/v1/strengths/" + courage, ida.token()).status()).isEqualTo(204);
        assertThat(ok(api.get("/api/v1/strengths", ida.token()), 200)).isEmpty();
    }

    /** In a crisis the person's own plan is on the card, beside the numbers: the help the session close promises. */
    @Test
    void theCrisisCardHoldsThePersonsOwnPlan() {
        Person kim = api.person("kim");
        assertThat(signedIn(kim).get("/session/crisis").body()).as("no plan written: none shown")
                .doesNotContain("My safety plan");
        ok(api.put("/api/v1/safety-plan", kim.token(), "{\"warningSigns\":\"Not sleeping\",\"helpers\":\"Sam 0123\"}"),
                200);
        assertThat(signedIn(kim).get("/session/crisis").body()).contains("My safety plan", "Not sleeping", "Sam ");
        assertThat(signedIn(api.person("lee")).get("/session/crisis").body()).as("Kim's plan is Kim's")
                .doesNotContain("Not sleeping");
    }

    /** A day of crisis is said as one on Today, not as "a hard day". */
    @Test
    void todaySaysSafetyFirstOnADayOfCrisis() {
        Person max = api.person("max");
        api.step(max, api.aim(max, "Move more"));
        ok(api.put("/api/v1/readiness/" + TODAY, max.token(), "{\"stress\":8,\"craving\":9}"), 200);
        assertThat(signedIn(max).get("/today").body()).contains("Noted: your safety comes first today",
                "Your safety comes first: 1 minute is plenty").doesNotContain("A hard day");
    }
}
